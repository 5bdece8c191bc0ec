import type { ColumnMap } from '../columns/mapColumns';
import type { DuplicateCollector } from '../engine/duplicateCollector';
import type { EmailValidator } from '../codes/email';
import type { SourceEncoding } from '../encoding/sourceEncoding';
import type { PreambleLine } from '../engine/preamble';
import type { Delimiter } from '../reader/detectDelimiter';
import type { LineIndex } from '../reader/lineIndex';
import type { QuoteIssue, Table } from '../reader/table';
import type { CyberGuruConfig, Fix, Range, RelatedLocation, RuleMeta, Severity, TextEdit } from '../types';

/** One finding, as a rule reports it; the engine turns it into a Problem. */
export interface Finding {
  /** Key of the English template in the rule's `messages`. */
  message: string;
  args: Record<string, string | number>;
  range: Range;
  /** Only when the rule's severity depends on the case (the config still overrides it). */
  severity?: Severity;
  /** Called only if the problem is kept (maxProblems), so costly fixes are built lazily. */
  fixes?: () => Fix[];
  related?: () => RelatedLocation[];
}

/** The data record being checked. One object is reused for every record: do not keep it. */
export interface RecordView {
  /** Global record index (0 = header). */
  record: number;
  /** Index of the record in ctx.table. */
  local: number;
  firstCell: number;
  cellCount: number;
  /** Malformed-quote findings in this record (usually none). */
  quoteIssues: readonly QuoteIssue[];
  /** Decoded value of a column ('' for a missing cell). */
  value(col: number): string;
  /** The value without surrounding whitespace. */
  trimmed(col: number): string;
  /** True when the cell is missing, empty or only whitespace (reads the text, builds no string). */
  isBlank(col: number): boolean;
  /**
   * For checks that read the file text instead of building a string per cell (the hot path): true
   * when the cell exists and its text is its value (no `""` escapes, no broken quotes); then
   * ctx.table.text[spanStart, spanEnd) is the value without quotes and surrounding whitespace.
   */
  span(col: number): boolean;
  spanStart: number;
  spanEnd: number;
  /** Filled once per record by findDuplicates (rules/duplicates.ts). */
  duplicatesChecked: boolean;
  /** [start, end) offsets of the earlier cell or record, when this one repeats it. */
  earlierEmail: readonly [number, number] | undefined;
  earlierUsername: readonly [number, number] | undefined;
  earlierRow: readonly [number, number] | undefined;
}

/** Remembers where each e-mail, username or row first appeared. */
export interface FirstSeen {
  /**
   * Offsets of the earlier cell whose value equals this one (trimmed, case-insensitive), or undefined
   * (and this cell is remembered).
   */
  checkValue(cell: number): readonly [number, number] | undefined;
  /** Offsets of an earlier record with exactly the same text, or undefined (and this one is remembered). */
  checkRecord(local: number): readonly [number, number] | undefined;
}

/** What rules can read and do. */
export interface RuleContext {
  readonly config: CyberGuruConfig;
  readonly delimiter: Delimiter;
  readonly hasBom: boolean;
  /** The current slice of the file (the whole file unless streaming). */
  readonly table: Table;
  readonly lines: LineIndex;
  /** Undefined when the file has no records at all. */
  readonly header: RecordView | undefined;
  readonly columns: ColumnMap;
  /** True when the CLI streams the file: the whole text is never in memory. */
  readonly streaming: boolean;
  readonly userCount: number;
  /** Set by lintBytes when the bytes are not valid UTF-8. */
  readonly decodeError: { offset: number } | undefined;
  /** The encoding the text was decoded from, when it was not UTF-8 (CG001). */
  readonly sourceEncoding: SourceEncoding | undefined;
  /** Lines above the real header, skipped (CG106). */
  readonly preamble: readonly PreambleLine[];
  readonly emails: EmailValidator;
  /** Per-run memo for value checks that repeat (language and country codes). */
  memo<T>(rule: Rule, value: string, compute: (value: string) => T): T;
  /** Streaming: duplicates are looked up record by record (the earlier text is gone at the end). */
  firstSeen(name: 'email' | 'username' | 'row'): FirstSeen;
  /** In memory: duplicates are collected and resolved after the last record (undefined when streaming). */
  readonly duplicates: DuplicateCollector | undefined;
  /** False when the config turned the rule off. */
  isActive(code: string): boolean;

  report(rule: Rule, finding: Finding): void;
  cellRange(cell: number): Range;
  recordRange(local: number): Range;
  range(start: number, end: number): Range;
  /** An edit replacing a cell's value, keeping its quotes (and adding them if the value needs them). */
  replaceCell(cell: number, value: string): TextEdit;
  fix(rule: Rule, title: string, args: Record<string, string | number>, edits: TextEdit[], safe: boolean, preferred?: boolean): Fix;
}

/**
 * Lets the engine skip a rule's checkRecord on records that cannot have its problems (see
 * engine/quickPass.ts). The engine only skips "plain" records: as many cells as the header, no cell
 * with broken quotes, `""` escapes or surrounding whitespace. A plain cell's value is the file text
 * between `start` and `end` (local offsets in ctx.table.text).
 */
export interface QuickAccept {
  /** The columns whose cells must pass `accepts`; undefined when the rule cannot be skipped in this file. */
  columns(ctx: RuleContext): readonly number[] | undefined;
  /** True only if checkRecord would report nothing about this plain cell ('non-empty': the value is not empty). */
  accepts: 'non-empty' | ((text: string, start: number, end: number, ctx: RuleContext) => boolean);
}

/** A rule: its metadata, its English templates and the checks it runs. */
export interface Rule {
  meta: RuleMeta;
  /** English message and fix-title templates by key ({name} placeholders); translated in l10n/it/rules.json. */
  messages: Readonly<Record<string, string>>;
  /** Once, after the header record is read (header undefined for an empty file). */
  checkHeader?(ctx: RuleContext): void;
  /** Every data record that is not blank. */
  checkRecord?(record: RecordView, ctx: RuleContext): void;
  /**
   * When checkRecord may be skipped: 'plain' when it reports nothing on any plain record, else the
   * cells it looks at and a quick test of each. Without it, checkRecord runs on every record.
   */
  quickAccept?: 'plain' | readonly QuickAccept[];
  /** Every blank data record. */
  checkBlankRecord?(record: RecordView, ctx: RuleContext): void;
  /** Once, after the last record. */
  checkEnd?(ctx: RuleContext): void;
}

export function defineRule(code: string, rule: Omit<Rule, 'meta'> & { meta: Omit<RuleMeta, 'code' | 'docsPath'> }): Rule {
  return { ...rule, meta: { ...rule.meta, code, docsPath: `docs/rules/${code}.md` } };
}

const compiledTemplates = new Map<string, string[]>();

/** Fills {name} placeholders (templates are split once: text, name, text, name, ...). */
export function formatTemplate(template: string, args: Record<string, string | number>): string {
  let parts = compiledTemplates.get(template);
  if (!parts) compiledTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in args ? String(args[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}
