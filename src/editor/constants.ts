// Every id, setting name and kind the editor glue uses, in one place (they are public contracts:
// keybindings, settings.json and tests refer to them). No `vscode` import, so pure modules can use it.

/** `Diagnostic.source` of every problem this extension reports. */
export const DIAGNOSTIC_SOURCE = 'cyberguru';

export const Commands = {
  lintWorkspace: 'cyberguru.lintWorkspace',
  fixAll: 'cyberguru.fixAll',
  showRuleDocs: 'cyberguru.showRuleDocumentation',
  applyUsernameFix: 'cyberguru.applyUsernameFix',
  convertToUtf8: 'cyberguru.convertToUtf8',
  removeBom: 'cyberguru.removeBom',
  previewImport: 'cyberguru.previewImport',
  createUserListFromExport: 'cyberguru.createUserListFromExport',
  /** Internal: waits until a document's lint finished, then tells tests how long it took. */
  lintTimings: 'cyberguru.internal.lintTimings',
  /** Internal: lints a document now; resolves with its diagnostic count, or undefined if not a user list. */
  lintNow: 'cyberguru.internal.lintNow',
  /**
   * Internal: whether a file is too large to lint in the editor, and what the user was told;
   * `{ measure: false }` only reports what is known, without checking the file itself.
   */
  largeFileVerdict: 'cyberguru.internal.largeFileVerdict',
} as const;

/** Built-in VS Code commands the glue hands over to. */
export const BuiltinCommands = {
  showProblems: 'workbench.actions.view.problems',
  changeEncoding: 'workbench.action.editor.changeEncoding',
  markdownPreview: 'markdown.showPreview',
} as const;

export const SETTINGS_SECTION = 'cyberguru.lint';

export const Settings = {
  enable: 'enable',
  run: 'run',
  delay: 'delay',
  include: 'include',
  exclude: 'exclude',
  maxProblems: 'maxProblems',
  maxFileSizeMB: 'maxFileSizeMB',
} as const;


/** `editor.codeActionsOnSave: { "source.fixAll.cyberguru": "explicit" }` (a sub-kind of source.fixAll). */
export const FIX_ALL_KIND_SUFFIX = 'cyberguru';

export const LANGUAGE_STATUS_ID = 'cyberguru.userListStatus';

/** Language ids whose documents are candidates for linting (besides include globs). */
export const CSV_LANGUAGE_ID = 'csv';

/**
 * Fixes that change the file's format (BOM, delimiter) are never applied in bulk by the editor: fix-all
 * keeps the file's delimiter and BOM decision. They stay available as explicit single actions.
 */
export const FORMAT_RULE_CODES: readonly string[] = ['CG002', 'CG003'];
export const NOT_UTF8_CODE = 'CG001';
export const BOM_CODE = 'CG002';
