// The engine's public data model. Plain data only: the editor and the CLI convert these 1:1.
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
}

export interface RelatedLocation {
  message: string;
  range: Range;
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
