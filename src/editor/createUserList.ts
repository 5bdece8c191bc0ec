// "Cyber Guru: Create User List from This Export…": an open CSV/TSV, or an .xlsx from the Explorer, to a
// new user list beside it. Asks only what the export cannot tell (createUserListPrompts.ts), or takes
// the answers as the command's second argument (automation and tests). The new list is written
// atomically next to the source and never over it; cancelling leaves nothing behind.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, findConfigFile, type ConvertConfig } from '../lint';
import {
  choicesToSave,
  ConvertError,
  mergeChoices,
  planConversion,
  readExport,
  LineCollector,
  RowConverter,
  summaryLines,
  type ConvertChoices,
  type ConvertPlan,
  type SourceRows,
} from '../convert';
import { safeWriteFile } from '../util/safeWrite';
import { saveConvertChoices } from '../util/saveConvertChoices';
import { UserCancelledError, UserFacingError } from '../util/commandWrapper';
import type { ConfigStore } from './configStore';
import { askColumnsToKeep, askCountry, askLanguage, askUsernameColumn } from './createUserListPrompts';
import { inertLinks } from '../util/inertLinks';

/** The command's optional second argument: answers that replace the quick picks. */
export interface CreateUserListAnswers {
  username?: string;
  language?: string;
  country?: string;
  keep?: string[];
  /** Where to write the new list (a file path); by default `<name>-userlist.csv` beside the source. */
  output?: string;
  /** Save the choices to `.cyberguru.json` without asking. */
  saveChoices?: boolean;
  /** Cancels the conversion as the progress notification's Cancel button would (automation). */
  cancellation?: vscode.CancellationToken;
}

export interface CreateUserListResult {
  output: string;
  rowsOut: number;
  summary: string[];
  savedConfig?: string;
}

/** Sources larger than this are refused: the editor host must not hold more. */
const MAX_SOURCE_BYTES = 256 * 1024 * 1024;
/** Rows converted between two checks for cancellation (and a yield to the host's event loop). */
const SLICE_ROWS = 20_000;
/** Files from this size on show a progress notification. */
const PROGRESS_ABOVE_BYTES = 2 * 1024 * 1024;

function sourceUri(arg: unknown): vscode.Uri {
  if (arg instanceof vscode.Uri) return arg;
  const document = vscode.window.activeTextEditor?.document;
  if (document) return document.uri;
  throw new UserFacingError(vscode.l10n.t('Open an export (CSV, TSV) or pick an .xlsx workbook in the Explorer first.'));
}

async function readSource(uri: vscode.Uri): Promise<Uint8Array> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  // Unsaved edits are what the admin sees: convert those, as UTF-8.
  if (open && (open.isDirty || open.isUntitled)) return Buffer.from(open.getText(), 'utf8');
  const { size } = await vscode.workspace.fs.stat(uri);
  if (size > MAX_SOURCE_BYTES) {
    throw new UserFacingError(vscode.l10n.t('The export is {size} MB; convert it with the cyberguru convert command instead.', { size: Math.round(size / 1024 / 1024) }));
  }
  return vscode.workspace.fs.readFile(uri);
}

function freeSiblingPath(source: vscode.Uri): string {
  const base = source.fsPath.replace(/\.(csv|tsv|txt|xlsx)$/i, '');
  for (let n = 1; ; n++) {
    const candidate = `${base}-userlist${n > 1 ? `-${n}` : ''}.csv`;
    if (!existsSync(candidate)) return candidate;
  }
}

function sampleOf(rows: SourceRows, plan: ConvertPlan, column: number): string {
  for (let r = plan.headerRecord + 1; r < Math.min(rows.recordCount, plan.headerRecord + 200); r++) {
    const value = rows.value(r, column).trim();
    if (value) return value;
  }
  return '';
}

function plan(rows: SourceRows, choices: ConvertChoices, config: Parameters<typeof planConversion>[2]) {
  try {
    return planConversion(rows, choices, config);
  } catch (err) {
    if (err instanceof ConvertError) throw new UserFacingError(err.message);
    throw err;
  }
}

/** Asks what the export leaves open, returning the full choices and the final plan. */
async function settleChoices(rows: SourceRows, saved: ConvertChoices, answers: CreateUserListAnswers, config: Parameters<typeof planConversion>[2]) {
  const given: ConvertChoices = { map: {}, defaults: {}, keep: answers.keep };
  if (answers.username) given.map!.username = answers.username;
  if (answers.language) given.defaults!.language = answers.language;
  if (answers.country) given.defaults!.country = answers.country;
  let choices = mergeChoices(saved, given);
  let result = plan(rows, choices, config);
  if (result.usernameChoice) {
    choices = mergeChoices(choices, { map: { username: await askUsernameColumn(result.usernameChoice) } });
    result = plan(rows, choices, config);
  }
  let current = result.plan!;
  if (current.sources.language.length === 0 && current.defaults.language === undefined) choices = mergeChoices(choices, { defaults: { language: await askLanguage() } });
  if (current.sources.country.length === 0 && current.defaults.country === undefined) choices = mergeChoices(choices, { defaults: { country: await askCountry() } });
  if (answers.keep === undefined && current.dropped.length > 0) {
    const offered = current.dropped.filter((c) => c.header.trim()).map((c) => ({ header: c.header.trim(), sample: sampleOf(rows, current, c.index) }));
    if (offered.length) choices = mergeChoices(choices, { keep: await askColumnsToKeep(offered) });
  }
  current = plan(rows, choices, config).plan!;
  return { choices, plan: current };
}

async function convertInSlices(rows: SourceRows, finalPlan: ConvertPlan, cancelled: () => boolean, progress?: vscode.Progress<{ increment: number }>) {
  const converter = new RowConverter(rows, finalPlan);
  const lines = new LineCollector();
  lines.add(converter.headerLine());
  const { from, to } = converter.dataRange;
  for (let start = from; start < to; start += SLICE_ROWS) {
    if (cancelled()) throw new UserCancelledError();
    const end = Math.min(start + SLICE_ROWS, to);
    for (let r = start; r < end; r++) {
      const line = converter.convertRecord(r);
      if (line) lines.add(line);
    }
    progress?.report({ increment: ((end - start) / Math.max(to - from, 1)) * 100 });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { text: lines.text(), stats: converter.stats };
}

function saveChoicesFor(source: vscode.Uri, saved: ConvertChoices): string {
  const path = findConfigFile(source.fsPath) ?? vscode.Uri.joinPath(source, '..', CONFIG_FILE_NAME).fsPath;
  saveConvertChoices(path, saved as ConvertConfig);
  return path;
}

/** `cyberguru.createUserListFromExport` (uri?, answers?). Resolves with what was written. */
export async function createUserListFromExport(configs: ConfigStore, log: vscode.LogOutputChannel, arg?: unknown, answersArg?: unknown): Promise<CreateUserListResult> {
  const source = sourceUri(arg);
  if (source.scheme !== 'file') throw new UserFacingError(vscode.l10n.t('Only exports saved on this computer can be converted.'));
  const answers = (answersArg ?? {}) as CreateUserListAnswers;
  const bytes = await readSource(source);
  const { config } = await configs.configFor(source);
  let read;
  try {
    read = readExport(bytes, source.fsPath);
  } catch (err) {
    if (err instanceof ConvertError) throw new UserFacingError(vscode.l10n.t('Cannot read {file}: {reason}', { file: vscode.workspace.asRelativePath(source), reason: err.message }));
    throw err;
  }
  const { choices, plan: finalPlan } = await settleChoices(read.rows, (config.convert ?? {}) as ConvertChoices, answers, config);
  const output = answers.output ?? freeSiblingPath(source);
  if (output === source.fsPath) throw new UserFacingError(vscode.l10n.t('The new list cannot replace the export: choose another file.'));

  const run = async (token?: vscode.CancellationToken, progress?: vscode.Progress<{ increment: number }>) => {
    const cancelled = () => token?.isCancellationRequested === true || answers.cancellation?.isCancellationRequested === true;
    const converted = await convertInSlices(read.rows, finalPlan, cancelled, progress);
    // The last moment to cancel: after it the new list is renamed into place.
    if (cancelled()) throw new UserCancelledError();
    safeWriteFile(output, converted.text);
    return converted;
  };
  const converted =
    bytes.length >= PROGRESS_ABOVE_BYTES
      ? await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Creating the user list…'), cancellable: true },
          (progress, token) => run(token, progress),
        )
      : await run();

  const summary = summaryLines(finalPlan, converted.stats, read.readAs);
  log.info(`Created ${output} from ${source.fsPath}:\n  ${summary.join('\n  ')}`);
  const outputUri = vscode.Uri.file(output);
  await vscode.window.showTextDocument(outputUri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const saved = choicesToSave(choices, finalPlan);
  const result: CreateUserListResult = { output, rowsOut: converted.stats.rowsOut, summary };
  if (answers.saveChoices) {
    result.savedConfig = saveChoicesFor(source, saved);
  } else {
    const saveAction = vscode.l10n.t('Save these choices to .cyberguru.json');
    const message = vscode.l10n.t('Created {file} with {users} users: {dropped} columns left out, {sensitive} with sensitive data never written.', {
      file: vscode.workspace.asRelativePath(outputUri),
      users: converted.stats.rowsOut,
      dropped: finalPlan.dropped.length,
      sensitive: finalPlan.refused.length,
    });
    void vscode.window.showInformationMessage(inertLinks(message), saveAction).then((picked) => {
      if (picked !== saveAction) return;
      try {
        const path = saveChoicesFor(source, saved);
        void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('Saved the choices to {file}.', { file: vscode.workspace.asRelativePath(path) })));
      } catch (err) {
        void vscode.window.showErrorMessage(inertLinks((err as Error).message));
      }
    });
  }
  return result;
}
