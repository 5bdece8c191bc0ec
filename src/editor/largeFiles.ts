// Which files are too large to lint in the editor, and the terminal command that checks them instead.
// Above `cyberguru.lint.maxFileSizeMB` the editor does not lint on open or on any keystroke; it says so
// once per file and points to `cyberguru lint`, which streams a file with bounded memory. No `vscode`
// import: the decisions are unit-tested directly.

export const DEFAULT_MAX_FILE_SIZE_MB = 50;
/** VS Code hands no text model above this size to extensions: such a file cannot be linted in the editor at all. */
export const EXTENSION_SYNC_LIMIT_MB = 50;
const BYTES_PER_MB = 1024 * 1024;

/** True when a file of `sizeBytes` is above the limit (the limit itself still lints). */
export function exceedsLimit(sizeBytes: number, maxFileSizeMB: number): boolean {
  return sizeBytes > maxFileSizeMB * BYTES_PER_MB;
}

/** Megabytes for messages: one decimal below 10 MB, whole numbers above. */
export function formatMegabytes(sizeBytes: number): string {
  const mb = sizeBytes / BYTES_PER_MB;
  return mb < 10 ? mb.toFixed(1) : Math.round(mb).toString();
}

/** A path as a shell argument: bare when it is plain, else double-quoted with the shell's specials escaped. */
function shellArgument(path: string): string {
  if (/^[\w./@%+,:-]+$/.test(path)) return path;
  return `"${path.replace(/["\\$`]/g, '\\$&')}"`;
}

/** The exact command that lints the file from a terminal opened in its workspace folder. */
export function cliCommand(path: string): string {
  return `cyberguru lint ${shellArgument(path)}`;
}

/** Remembers which files were already announced, so each is announced once per session. */
export class AnnouncedFiles {
  private readonly announced = new Set<string>();

  /** True the first time a file is seen too large; false afterwards. */
  shouldAnnounce(uri: string): boolean {
    if (this.announced.has(uri)) return false;
    this.announced.add(uri);
    return true;
  }
}
