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

/** The shell a copied command will be pasted into, as far as quoting goes. */
export type ShellKind = 'posix' | 'powershell' | 'cmd';

/** The kind of the user's terminal shell (VS Code's `env.shell`); none known: PowerShell on Windows, else POSIX. */
export function shellKind(shellPath: string, platform: NodeJS.Platform): ShellKind {
  const name = (shellPath.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
  if (name === 'pwsh' || name === 'powershell' || name.startsWith('pwsh-')) return 'powershell';
  if (name === 'cmd') return 'cmd';
  if (name === '') return platform === 'win32' ? 'powershell' : 'posix';
  return 'posix';
}

/** Needs no quoting in any shell. */
const PLAIN_PATH = /^[A-Za-z0-9_./-]+$/;
/** Controls (a pasted line break runs what came before it) and bidi controls (the command would not read as it runs). */
const NEVER_IN_A_COMMAND = /[\x00-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/;
/** PowerShell takes each of these as a single quote, inside a quoted string too. */
const POWERSHELL_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/**
 * A path as one inert argument for `shell`, or undefined when no quoting makes it safe there. POSIX
 * shells: single quotes, nothing inside is special, a quote written '\''. PowerShell: single quotes
 * too, where `$(...)` and backticks are plain text and a quote is doubled. cmd.exe expands %VAR% even
 * inside double quotes, so only plain paths are given for it.
 */
function shellArgument(path: string, shell: ShellKind): string | undefined {
  // A leading dash would be read as an option.
  const arg = path.startsWith('-') ? `./${path}` : path;
  if (PLAIN_PATH.test(arg)) return arg;
  if (NEVER_IN_A_COMMAND.test(arg) || shell === 'cmd') return undefined;
  if (shell === 'powershell') return `'${arg.replace(POWERSHELL_QUOTES, '$&$&')}'`;
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

/** The exact command that lints the file from a terminal opened in its workspace folder, or undefined when none is safe to copy. */
export function cliCommand(path: string, shell: ShellKind): string | undefined {
  const arg = shellArgument(path, shell);
  return arg === undefined ? undefined : `cyberguru lint ${arg}`;
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
