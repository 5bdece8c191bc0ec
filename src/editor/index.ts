// Editor glue for user lists: wires VS Code events to the document linter and registers the
// diagnostics, code actions, hovers, status item and commands. All state lives in objects created
// here; every listener and provider goes into context.subscriptions.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../lint';
import { registerSafeCommand } from '../util/commandWrapper';
import { UserListCodeActions } from './codeActions';
import { BaselineStore } from './baselineStore';
import { ConfigStore } from './configStore';
import { previewImport } from './importPreview';
import { BuiltinCommands, Commands, DIAGNOSTIC_SOURCE, SETTINGS_SECTION } from './constants';
import { DocumentLinter } from './documentLinter';
import { convertToUtf8, removeBom } from './fileEncodingCommands';
import { showWorkspaceSummary } from './skippedFiles';
import type * as CreateUserListModule from './createUserList';
import { FileFacts } from './fileFacts';
import { FixAllService } from './fixAllService';
import { LargeFileGuard } from './largeFileGuard';
import { UserListHovers } from './hovers';
import { UserListStatus } from './languageStatus';
import { docsLocator, showRuleDocs } from './ruleDocs';
import { readLintSettings } from './settings';
import { UnsyncedCsvTabs } from './unsyncedCsvTabs';
import { applyUsernameFix } from './usernameFix';
import { isLintCandidate } from './userListSelector';
import { lintWorkspace } from './workspaceLint';
import { openDocumentFor } from './openDocuments';
import { inertLinks } from '../util/inertLinks';

/** Any document (include globs may name any file); providers answer only where the linter has a result. */
const ALL_DOCUMENTS: vscode.DocumentSelector = { scheme: '*' };

function documentFor(arg: unknown): vscode.TextDocument | undefined {
  const uri = arg instanceof vscode.Uri ? arg.toString() : typeof arg === 'string' ? arg : undefined;
  if (!uri) return vscode.window.activeTextEditor?.document;
  return openDocumentFor(uri);
}

/** Registers diagnostics, code actions, hovers and status for user-list CSV files. */
export function registerEditorFeatures(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const baselines = new BaselineStore(log);
  const configs = new ConfigStore(log, baselines);
  const fileFacts = new FileFacts();
  const docs = docsLocator(context.extensionUri);
  const largeFiles = new LargeFileGuard(log);
  const linter = new DocumentLinter(collection, configs, fileFacts, docs, log, largeFiles);
  const fixAll = new FixAllService(linter, configs, fileFacts);
  const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  const csvWatcher = vscode.workspace.createFileSystemWatcher('**/*.csv', true, false, true);

  const relintAll = () => {
    configs.invalidate();
    largeFiles.reset();
    linter.lintAllOpen();
  };
  /**
   * A file changed on disk (another program, or our BOM/encoding actions). A change of its text reaches
   * the open document as an edit; only a BOM that came or went needs a lint here.
   */
  const fileChangedOnDisk = async (uri: vscode.Uri) => {
    largeFiles.forget(uri);
    const bomChanged = await fileFacts.refresh(uri);
    const document = openDocumentFor(uri);
    if (bomChanged && document && !document.isDirty) await linter.lint(document);
  };

  context.subscriptions.push(
    collection,
    new UnsyncedCsvTabs(largeFiles),
    linter,
    configWatcher,
    csvWatcher,
    new UserListStatus(linter),
    vscode.languages.registerCodeActionsProvider(ALL_DOCUMENTS, new UserListCodeActions(linter, fixAll), UserListCodeActions.metadata),
    vscode.languages.registerHoverProvider(ALL_DOCUMENTS, new UserListHovers(linter)),
    vscode.workspace.onDidOpenTextDocument((document) => void linter.lint(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || largeFiles.knownTooLarge(event.document.uri)) return;
      linter.noteChange(event);
      const settings = readLintSettings(event.document.uri);
      if (settings.run !== 'onType' || !settings.enable) return;
      if (linter.latestSnapshot(event.document.uri) || isLintCandidate(event.document, settings)) {
        linter.schedule(event.document, settings.delayMs);
      }
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      // A baseline edited and saved here: no need to wait for the file watcher.
      baselines.noteChanged(document.uri);
      fileFacts.forget(document.uri);
      largeFiles.forget(document.uri);
      void linter.lint(document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      linter.forget(document.uri);
      fileFacts.forget(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTINGS_SECTION)) relintAll();
    }),
    configWatcher.onDidCreate(relintAll),
    configWatcher.onDidChange(relintAll),
    configWatcher.onDidDelete(relintAll),
    baselines,
    baselines.onDidChange(relintAll),
    csvWatcher.onDidChange((uri) => {
      baselines.noteChanged(uri);
      void fileChangedOnDisk(uri);
    }),
  );

  registerSafeCommand(context, log, Commands.lintWorkspace, async () => {
    const summary = await lintWorkspace(linter, largeFiles);
    void showWorkspaceSummary(summary);
    return summary;
  });
  registerSafeCommand(context, log, Commands.fixAll, async (uri?: unknown, code?: unknown) => {
    const document = documentFor(uri);
    if (!document || !linter.latestSnapshot(document.uri)) {
      void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('Open a Cyber Guru user list to fix its problems.')));
      return false;
    }
    return fixAll.apply(document, typeof code === 'string' ? code : undefined);
  });
  registerSafeCommand(context, log, Commands.previewImport, (uri?: unknown) => previewImport(configs, documentFor(uri)));
  registerSafeCommand(context, log, Commands.createUserListFromExport, (uri?: unknown, answers?: unknown) =>
    // Required on first use: the converter and the workbook reader are not part of activation.
    (require('./createUserList') as typeof CreateUserListModule).createUserListFromExport(configs, log, uri, answers),
  );
  registerSafeCommand(context, log, Commands.showRuleDocs, (code?: unknown) => showRuleDocs(docs, code));
  registerSafeCommand(context, log, Commands.applyUsernameFix, applyUsernameFix);
  registerSafeCommand(context, log, Commands.convertToUtf8, async (uri?: unknown) => {
    const converted = await convertToUtf8(uri);
    // The text may be the same (a UTF-16 file VS Code decoded well): only the bytes changed.
    const document = documentFor(uri);
    if (converted && document) {
      await fileChangedOnDisk(document.uri);
      await linter.lint(document);
    }
    return converted;
  });
  registerSafeCommand(context, log, Commands.removeBom, async (uri?: unknown) => {
    const removed = await removeBom(uri);
    const document = documentFor(uri);
    if (removed && document) await fileChangedOnDisk(document.uri);
    return removed;
  });
  registerSafeCommand(context, log, Commands.largeFileVerdict, (uri?: unknown, options?: { measure?: boolean }) => {
    const measure = options?.measure !== false;
    const document = documentFor(uri);
    return document ? largeFiles.verdictFor(document.uri, measure) : uri instanceof vscode.Uri ? largeFiles.verdictFor(uri, measure) : undefined;
  });
  registerSafeCommand(context, log, Commands.lintNow, async (uri?: unknown) => {
    const document = documentFor(uri);
    return document ? (await linter.lint(document))?.diagnostics.length : undefined;
  });
  registerSafeCommand(context, log, Commands.lintTimings, async (uri?: unknown) => {
    const document = documentFor(uri);
    if (!document) return undefined;
    await linter.whenIdle(document.uri);
    return linter.timingsFor(document.uri);
  });

  for (const document of vscode.workspace.textDocuments) void linter.lint(document);
}
