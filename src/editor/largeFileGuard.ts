// Keeps files above `cyberguru.lint.maxFileSizeMB` out of the editor's linting: each such file is
// announced once (a notification with the exact `cyberguru lint` command), then nothing runs for it on
// open, save or keystrokes. CSV tabs VS Code never hands to extensions reach it through UnsyncedCsvTabs.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnnouncedFiles, cliCommand, exceedsLimit, EXTENSION_SYNC_LIMIT_MB, formatMegabytes, shellKind } from './largeFiles';
import { readLintSettings } from './settings';
import { openDocumentFor } from './openDocuments';
import { inertLinks } from '../util/inertLinks';

/** What the user was told about one file (tests read it through an internal command). */
export interface LargeFileNotice {
  uri: string;
  sizeBytes: number;
  maxFileSizeMB: number;
  /** Undefined when the path cannot be quoted safely for the user's shell: then nothing is offered to copy. */
  command?: string;
  message: string;
}

export interface LargeFileVerdict {
  tooLarge: boolean;
  notice?: LargeFileNotice;
  /** How many times the file was announced this session (at most once). */
  announcements: number;
}

/** The document's length without building its text (untitled files have no size on disk). */
function textLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export class LargeFileGuard {
  /** One size check per file until it is saved, changed on disk or the settings change. */
  private readonly verdicts = new Map<string, Promise<boolean>>();
  private readonly tooLargeFiles = new Set<string>();
  private readonly announced = new AnnouncedFiles();
  private readonly notices = new Map<string, LargeFileNotice>();
  private readonly announcements = new Map<string, number>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Synchronous answer for the keystroke path: true only once a check found the file too large. */
  knownTooLarge(uri: vscode.Uri): boolean {
    return this.tooLargeFiles.has(uri.toString());
  }

  /** Whether the file is too large to lint in the editor; the first time it is, the user is told. */
  check(uri: vscode.Uri, document?: vscode.TextDocument): Promise<boolean> {
    const key = uri.toString();
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.decide(uri, document);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** The verdict, measuring the file first unless `measure` is false (then only what is known so far). */
  async verdictFor(uri: vscode.Uri, measure = true): Promise<LargeFileVerdict> {
    const key = uri.toString();
    const document = openDocumentFor(uri);
    const tooLarge = measure ? await this.check(uri, document) : this.knownTooLarge(uri);
    return { tooLarge, notice: this.notices.get(key), announcements: this.announcements.get(key) ?? 0 };
  }

  /** The file was saved or changed on disk: measure it again next time. */
  forget(uri: vscode.Uri): void {
    this.verdicts.delete(uri.toString());
    this.tooLargeFiles.delete(uri.toString());
  }

  /** The limit may have changed: measure every file again (files already announced stay announced). */
  reset(): void {
    this.verdicts.clear();
    this.tooLargeFiles.clear();
  }

  private async decide(uri: vscode.Uri, document: vscode.TextDocument | undefined): Promise<boolean> {
    // A file whose text VS Code did not hand to extensions (only its tab is open) cannot be linted
    // here above VS Code's own limit, whatever the setting says.
    const key = uri.toString();
    const unsynced = !document && !openDocumentFor(uri);
    const sizeBytes = await this.sizeOf(uri, document);
    const { maxFileSizeMB } = readLintSettings(uri);
    if (sizeBytes === undefined) return false;
    const aboveSetting = exceedsLimit(sizeBytes, maxFileSizeMB);
    const aboveSync = unsynced && exceedsLimit(sizeBytes, EXTENSION_SYNC_LIMIT_MB);
    if (!aboveSetting && !aboveSync) return false;
    this.tooLargeFiles.add(key);
    this.announce(uri, sizeBytes, aboveSetting ? maxFileSizeMB : undefined);
    return true;
  }

  private async sizeOf(uri: vscode.Uri, document?: vscode.TextDocument): Promise<number | undefined> {
    if (uri.scheme !== 'untitled') {
      try {
        return (await vscode.workspace.fs.stat(uri)).size;
      } catch {
        // Not on any file system the host can read: fall back to the open text, if any.
      }
    }
    return document ? textLength(document) : undefined;
  }

  /** maxFileSizeMB undefined: the file is within the setting but above what VS Code hands to extensions. */
  private announce(uri: vscode.Uri, sizeBytes: number, maxFileSizeMB: number | undefined): void {
    const key = uri.toString();
    if (!this.announced.shouldAnnounce(key)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // Quoted for the shell the user's terminal runs: a file name such as `$(Start-Process calc).csv`
    // must stay a name when the copied command is pasted there.
    const command = cliCommand(folder ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath || uri.path, shellKind(vscode.env.shell, process.platform));
    const shown = command ?? vscode.l10n.t("cyberguru lint followed by the file's path (its name has characters no command can safely quote for your shell)");
    const file = path.posix.basename(uri.path);
    const size = formatMegabytes(sizeBytes);
    const message =
      maxFileSizeMB !== undefined
        ? vscode.l10n.t(
            '"{file}" is {size} MB, more than the editor checks as you type ({max} MB, setting cyberguru.lint.maxFileSizeMB). Check it from a terminal, which streams the file: {command}',
            { file, size, max: maxFileSizeMB, command: shown },
          )
        : vscode.l10n.t(
            '"{file}" is {size} MB, more than VS Code hands to extensions ({max} MB), so the editor cannot check it. Check it from a terminal, which streams the file: {command}',
            { file, size, max: EXTENSION_SYNC_LIMIT_MB, command: shown },
          );
    this.notices.set(key, { uri: key, sizeBytes, maxFileSizeMB: maxFileSizeMB ?? EXTENSION_SYNC_LIMIT_MB, command, message });
    this.announcements.set(key, (this.announcements.get(key) ?? 0) + 1);
    this.log.info(`Not linting ${uri.toString(true)} in the editor: ${sizeBytes} bytes is above ${maxFileSizeMB ?? EXTENSION_SYNC_LIMIT_MB} MB.`);
    // Only a copy action: the extension never opens terminals, so nothing it offers can run a program.
    if (command === undefined) {
      void vscode.window.showWarningMessage(inertLinks(message));
      return;
    }
    const copy = vscode.l10n.t('Copy Command');
    void vscode.window.showWarningMessage(inertLinks(message), copy).then(async (picked) => {
      if (picked === copy) await vscode.env.clipboard.writeText(command);
    });
  }
}
