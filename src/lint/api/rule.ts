// The rule API: what a rule is and what it can see. Rules get values and ranges, never the reader's
// storage (tables, offsets, cursors); the engine (src/lint/engine) implements these interfaces and
// nothing here imports from it. The model is ESLint's meta + create.
import type { ColumnMap } from '../columns/mapColumns';
import type { EmailValidator } from '../codes/email';
import type { SourceEncoding } from '../encoding/sourceEncoding';
import type { CyberGuruConfig, Fix, Range, RelatedLocation, RuleMeta, Severity, TextEdit } from '../types';

/** A quote problem the reader found in a row (CG004 reports them). */
export interface QuoteProblem {
  kind: 'unclosed' | 'stray' | 'after-closing';
  /** The column of the cell it is in. */
  column: number;
  /** The quote itself ('unclosed') or the whole cell. */
  range: Range;
}

/** A row of the file as rules see it. The engine reuses one object per run: do not keep it. */
export interface Row {
  /** 0-based record number (0 = the header). */
  readonly index: number;
  readonly cellCount: number;
  /** True when the row has a cell in this column (a short row has fewer cells than the header). */
  has(column: number): boolean;
  /** Decoded value of a cell ('' when the row has no such cell). */
  value(column: number): string;
  /** The value without surrounding whitespace. */
  trimmed(column: number): string;
  /** True when the cell is missing, empty or only whitespace. */
  isBlank(column: number): boolean;
  readonly quoteProblems: readonly QuoteProblem[];
  /** The cell as written (with its quotes); the row's range when the row has no such cell. */
  cellRange(column: number): Range;
  /** The row without its line end. */
  range(): Range;
}

/** A row whose e-mail, username or whole text repeats an earlier row's (see RuleDefinition.repeats). */
export interface Repeat {
  /** The later row (positioned on it only during the call). */
  row: Row;
  /** The column compared (-1 for a whole row). */
  column: number;
  /** Where the earlier cell or row is. */
  earlier: Range;
  /** True when the whole row repeats an earlier one (CG303 reports it; the others may stay quiet). */
  wholeRowRepeats: boolean;
}

/** One finding, as a rule reports it; the engine turns it into a Problem. */
export interface Finding {
  /** Key of the English template in the rule's `messages`. */
  message: string;
  /** The template's {name} values; none for a template without placeholders. */
  args?: Record<string, string | number>;
  range: Range;
  /** Only when the severity depends on the case (the config still overrides it). */
  severity?: Severity;
  /** Called only if the problem is kept (maxProblems), while the row is current: build fixes here. */
  fixes?: () => Fix[];
  related?: () => RelatedLocation[];
}

/** A line above the real header (Entra's `version:v1.0`), which the engine skipped as a record (CG106). */
export interface PreambleLine {
  /** The line's text without trailing delimiters. */
  readonly text: string;
  readonly range: Range;
}

/** Text edits a rule can ask for, computed by the engine from what it read. */
export interface EditBuilder {
  /** Replaces a cell's value, keeping its quotes (adding them when the new value needs them). */
  replaceCell(row: Row, column: number, value: string): TextEdit;
  /** Deletes the row with its line end. */
  deleteRow(row: Row): TextEdit;
  /** Adds `count` empty cells at the end of the row. */
  appendEmptyCells(row: Row, count: number): TextEdit;
  /** Removes the cells from `column` to the end of the row, with the delimiters before them. */
  removeCellsFrom(row: Row, column: number): TextEdit;
  /** Deletes a line above the header, with its line end. */
  deletePreambleLine(line: PreambleLine): TextEdit;
  /**
   * Deletes a column from the header down (each cell with the delimiter before it, after it for the
   * first column); rows too short to have it are left alone. Undefined when streamed (rows are gone).
   */
  deleteColumn(column: number): TextEdit[] | undefined;
  /** Removes the byte order mark. */
  removeBom(): TextEdit;
  /** The whole file rewritten comma-separated, or undefined when that is not possible (streamed, broken quotes). */
  rewriteWithCommas(): TextEdit | undefined;
}

/** How a row's user relates to the baseline (matched by e-mail, then by username; see docs/baseline.md). */
export interface BaselineMatch {
  /**
   * 'same': same e-mail (and username); 'usernameChanged': same e-mail, another username;
   * 'emailChanged': same username, an e-mail the baseline does not have; 'added': neither.
   */
  readonly kind: 'added' | 'same' | 'usernameChanged' | 'emailChanged';
  /** The matched baseline user's e-mail or username, trimmed ('' for 'added'). */
  value(field: 'email' | 'username'): string;
  /** Where that cell is in the baseline file (give it with `file` in a related location). */
  range(field: 'email' | 'username'): Range;
}

/** The baseline the caller gave the lint (the users the platform already has). */
export interface BaselineView {
  /** The baseline as the caller named it (a path or a URI), for related locations. */
  readonly file: string;
  /** Its file name, for messages. */
  readonly name: string;
  /** How the row's user relates to the baseline; the row's user counts as present from then on. */
  match(row: Row): BaselineMatch;
  /** Baseline users no row has matched so far (complete in `end`). */
  missingCount(): number;
}

/** What a rule can read and do during one lint. */
export interface RuleContext {
  readonly config: CyberGuruConfig;
  readonly delimiter: ',' | ';' | '\t';
  readonly hasBom: boolean;
  /** The header row; undefined when the file has no records at all. */
  readonly header: Row | undefined;
  readonly columns: ColumnMap;
  /** True when the CLI streams the file: earlier rows are gone by the time later ones are read. */
  readonly streaming: boolean;
  /** Data rows that are not blank, so far (complete in `end`). */
  readonly userCount: number;
  /** Where the first byte that is not UTF-8 was, when the file is not valid UTF-8. */
  readonly notUtf8At: Range | undefined;
  /** How that byte reached the engine: as bytes it decoded, or as a U+FFFD in text decoded elsewhere. */
  readonly notUtf8As: 'bytes' | 'replacement-character';
  /** The encoding the text was decoded from, when it was not UTF-8 (CG001 names it). */
  readonly sourceEncoding: SourceEncoding | undefined;
  /** Lines above the real header, which the engine skipped (complete once the header is read). */
  readonly preamble: readonly PreambleLine[];
  /** One e-mail validator per lint (its domain cache is shared by the e-mail rules). */
  readonly emails: EmailValidator;
  /** The empty range at the start of the file. */
  readonly fileStart: Range;
  /** Where the byte order mark is, when the file starts with one. */
  readonly bomRange: Range | undefined;
  /** The header row's cells, first to last (an empty range at the start when there is no header). */
  readonly headerRange: Range;
  readonly edits: EditBuilder;
  /** The baseline, when the caller gave one (`lint --baseline`, "baseline" in .cyberguru.json). */
  readonly baseline: BaselineView | undefined;
  /** False when the config turned the rule off. */
  isActive(code: string): boolean;
  report(finding: Finding): void;
  /** A fix: `title` is a key of the rule's messages, filled with `args`. */
  fix(title: string, args: Record<string, string | number>, edits: TextEdit[], safe: boolean, preferred?: boolean): Fix;
}

/** The checks a rule runs in one lint (all optional). */
export interface RuleListeners {
  /** Once, after the header is read (also for an empty file, with ctx.header undefined). */
  header?(): void;
  /** Every data row that is not blank, unless the engine's quick pass knows the rule has nothing to say (see looksAt). */
  row?(row: Row): void;
  /** Every blank data row. */
  blankRow?(row: Row): void;
  /** Every row whose key (RuleDefinition.repeats) repeats an earlier row's. */
  repeated?(repeat: Repeat): void;
  /** Once, after the last row. */
  end?(): void;
}

/**
 * A cheap test of a cell's value: true only when the rule's `row` check would report nothing about a
 * cell with this value. The value is the cell's text as written (the engine asks only about cells with
 * no quotes to undo and no surrounding whitespace). `inPlace` is the same test reading the file text
 * where the cell is, without building a string (codes and e-mails have one; see api/cellTest.ts).
 */
export interface CellTest {
  (value: string): boolean;
  inPlace?: (text: string, start: number, end: number) => boolean;
  /**
   * Optional screen, for a test that reads many cells (CG215 reads all of them) and passes on an empty
   * value: false for an ASCII character that settles the test as passed when a value starts with it.
   * The engine asks once per character and calls the test only on the other non-empty cells.
   */
  firstCharacterMayFail?: (charCode: number) => boolean;
}

/** Cells a rule looks at, and the test a cell must pass for the rule to have nothing to say about it. */
export interface LookAt {
  columns: readonly number[];
  /** 'non-empty': the rule says nothing about a cell that has a value. */
  accepts: 'non-empty' | CellTest;
}

/** A rule: metadata, English templates, what it looks at and its checks. */
export interface RuleDefinition {
  meta: RuleMeta;
  /** English message and fix-title templates by key ({name} placeholders); Italian in l10n/it/rules.json. */
  messages: Readonly<Record<string, string>>;
  /**
   * What the `row` check looks at, so the engine can skip it on rows where it would say nothing (it
   * runs the check on a row with broken quotes, `""` escapes, surrounding whitespace or the wrong
   * number of cells, and on any other row where one of the declared cells fails its test):
   * 'plain-rows' when it only reports rows with broken quotes, `""` escapes, surrounding whitespace or
   * the wrong number of cells; else the cells it reads and a test of each, decided once after the
   * header (undefined: it cannot be skipped in this file). Without it `row` runs on every row.
   */
  looksAt?: 'plain-rows' | ((ctx: RuleContext) => readonly LookAt[] | undefined);
  /**
   * True when the rule's checks keep state from row to row (counts, first occurrences) beyond what the
   * engine's `repeats` gives: the engine then never splits the file's rows between two threads.
   */
  acrossRows?: boolean;
  /** For the duplicate rules: the key the engine compares between rows, reported through `repeated`. */
  repeats?: 'email' | 'username' | 'row';
  create(ctx: RuleContext): RuleListeners;
}

export function defineRule(
  code: string,
  rule: Omit<RuleDefinition, 'meta'> & { meta: Omit<RuleMeta, 'code' | 'docsPath'> },
): RuleDefinition {
  return { ...rule, meta: { ...rule.meta, code, docsPath: `docs/rules/${code}.md` } };
}
