// The engine's public data model. Plain data only: the editor and the CLI convert these 1:1.
import type { WriterId } from './encoding/writers';

// Positions are 0-based; columns and offsets count UTF-16 code units of the text the engine was given.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Replace text[start, end) with newText (offsets into the linted text). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** Short imperative English title, e.g. "Change 'Italia' to 'IT'". */
  title: string;
  /** Template + args so the editor can localise the title (see Problem.template). */
  template: string;
  args: Record<string, string | number>;
  edits: TextEdit[];
  /** Safe fixes may be applied in bulk (fix-all, `--fix`); unsafe ones only one at a time on request. */
  safe: boolean;
  /** The most likely fix for its problem. */
  preferred: boolean;
  /** It changes a username, which can never change once the user is imported: never safe, and the editor asks first. */
  changesUsername: boolean;
}

export interface RelatedLocation {
  message: string;
  range: Range;
  /** Set when the location is in another file (a baseline): its path or URI, as the caller named it. */
  file?: string;
}

export interface Problem {
  /** Stable rule code, e.g. "CG207". */
  code: string;
  /** Rule name, e.g. "language-code". */
  rule: string;
  severity: Severity;
  /** English message, already formatted. */
  message: string;
  /** English template with {name} placeholders and its arguments, for localisation. */
  template: string;
  args: Record<string, string | number>;
  range: Range;
  fixes: Fix[];
  related: RelatedLocation[];
}

/** The platform fields a column can map to (besides `roles` and organization columns). */
export type FieldName = 'firstName' | 'lastName' | 'email' | 'language' | 'username' | 'country' | 'authmode';
export type ColumnField = FieldName | 'roles' | 'organization';

/** Parsed `.cyberguru.json`. */
export interface CyberGuruConfig {
  /** Header text (exact, case-insensitive) -> what the platform maps it to. */
  columns?: Record<string, ColumnField>;
  /** Rule code or name -> severity, or 'off'. */
  rules?: Record<string, SeveritySetting>;
  /** Header of the organization column that defines teams (CG401). */
  teamColumn?: string;
  /** The company uses hybrid SSO: Authmode becomes a required column. */
  requireAuthmode?: boolean;
  /** A previous list (the platform's export of its users) to compare with, relative to the config file. */
  baseline?: string;
  /** How `cyberguru convert` and "Create User List from This Export" turn this company's exports into a list. */
  convert?: ConvertConfig;
}

/** The choices of a conversion, kept so that next month's export converts with no flags. */
export interface ConvertConfig {
  /** Field -> the export's header (as written, or its bracketed attribute name); `roles` may name several. */
  map?: Partial<Record<FieldName | 'roles', string | string[]>>;
  /** Filled where the export's value is empty or its column missing. */
  defaults?: { language?: string; country?: string; authmode?: '0' | '1' };
  /** Export columns written as organisation columns. */
  keep?: string[];
}


export interface ColumnInfo {
  index: number;
  header: string;
  /** The header cell's range. */
  range: Range;
  field: ColumnField;
}

export interface CellInfo {
  /** 0-based record index (0 = header). */
  row: number;
  column: number;
  /** The decoded value (quotes removed, `""` unescaped). */
  value: string;
  /** The raw cell as written, including its quotes if it is quoted. */
  range: Range;
}

export interface LintResult {
  /** Sorted by start offset. */
  problems: Problem[];
  /** Problems not included because of maxProblems. */
  truncated: number;
  delimiter: ',' | ';' | '\t';
  lineEnding: '\r\n' | '\n' | '\r';
  hasBom: boolean;
  columns: ColumnInfo[];
  /** Data records that are not blank. */
  userCount: number;
  /** Which cell is at this offset (for hovers); undefined outside the table. */
  cellAt(offset: number): CellInfo | undefined;
}

export type Fixability = 'safe' | 'unsafe' | 'no';

export interface RuleMeta {
  code: string;
  name: string;
  description: string;
  defaultSeverity: Severity;
  fixable: Fixability;
  /** Repository-relative docs page, e.g. 'docs/rules/CG207.md'. */
  docsPath: string;
}
