import { EmailValidator } from '../codes/email';
import { mapColumns, type ColumnMap } from '../columns/mapColumns';
import { detectDelimiter, type Delimiter } from '../reader/detectDelimiter';
import { LineIndex } from '../reader/lineIndex';
import { Scanner } from '../reader/scanner';
import { MALFORMED, QUOTED, Table, type QuoteIssue } from '../reader/table';
import { activeRules, type ActiveRule } from '../rules/registry';
import { formatTemplate, type Finding, type FirstSeen, type RecordView, type Rule, type RuleContext } from '../rules/rule';
import type { CellInfo, Fix, LintOptions, LintResult, Problem, Range, RelatedLocation, TextEdit } from '../types';
import type { SourceEncoding } from '../encoding/sourceEncoding';
import { DuplicateCollector } from './duplicateCollector';
import { MAX_PREAMBLE_RECORDS } from '../columns/headerRow';
import { isPreambleAhead, isPreambleRecord, type PreambleLine } from './preamble';
import { unsafeIfFormula } from './formulaSafety';
import { DuplicateIndex } from './duplicateIndex';
import { appendPartRecords, withLinesShifted, type LintPart, type LintPartState } from './partData';
import { QuickPass, type RecordCheck } from './quickPass';
import { FrozenRecordView, RecordCursor } from './recordCursor';

/** Records scanned and checked between two looks at the clock. */
const BATCH = 256;
const NO_ISSUES: readonly QuoteIssue[] = [];
/**
 * Streaming: the longest unfinished record carried between chunks (4 M characters). A user-list row
 * is about a hundred; a record this long is a broken file (a quote never closed, no line ends). Decoding
 * a cell costs several times its length for a moment, so this cut bounds the memory of such a file.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;
// Most problems have no fix and no related location: they share one frozen empty array each.
const NO_FIXES = Object.freeze([]) as unknown as Fix[];
const NO_RELATED = Object.freeze([]) as unknown as RelatedLocation[];

export interface RunOptions extends LintOptions {
  streaming?: boolean;
  decodeError?: { offset: number };
  /** The encoding the text was decoded from, when it was not UTF-8 (CG001 names it). */
  sourceEncoding?: SourceEncoding;
  /** Skip rules on records that cannot have their problems (default true; false in the test that proves it changes nothing). */
  quickPass?: boolean;
}

/**
 * One lint of one file: reads records in batches, runs the active rules on each and collects problems.
 * Driven either over a whole text (step, resumable for time slicing) or over streamed chunks (feed).
 */
export class LintRun implements RuleContext {
  readonly config;
  readonly streaming: boolean;
  decodeError: { offset: number } | undefined;
  sourceEncoding: SourceEncoding | undefined;
  /** Lines above the real header (Entra's `version:v1.0`), skipped as records. */
  readonly preamble: PreambleLine[] = [];
  readonly lines = new LineIndex();
  readonly emails = new EmailValidator();
  delimiter: Delimiter = ',';
  hasBom = false;
  lineEnding: '\r\n' | '\n' | '\r' | undefined;
  table: Table = new Table(',');
  header: RecordView | undefined;
  columns: ColumnMap;
  userCount = 0;

  private readonly rules: ActiveRule[];
  /**
   * The per-record checks as plain functions: rule objects have different shapes, so reading
   * `rule.checkRecord` for every record would be a megamorphic property load.
   */
  private readonly recordChecks: RecordCheck[];
  private readonly blankChecks: RecordCheck[];
  private readonly useQuickPass: boolean;
  private quick: QuickPass | undefined;
  private readonly maxProblems: number;
  private problems: Problem[] = [];
  /** Problems kept so far (streaming hands them out and forgets them). */
  private kept = 0;
  private truncated = 0;
  private readonly severityByRule = new Map<Rule, ActiveRule>();
  private readonly memos = new Map<Rule, Map<string, unknown>>();
  private lastMemoRule: Rule | undefined;
  private lastMemo: Map<string, unknown> | undefined;
  private readonly activeCodes: Set<string>;
  readonly duplicates: DuplicateCollector | undefined;
  private emailIndex: DuplicateIndex | undefined;
  private usernameIndex: DuplicateIndex | undefined;
  private rowIndex: DuplicateIndex | undefined;
  private scanner: Scanner | undefined;
  private nextLocal = 0;
  private issueIndex = 0;
  private recordsBefore = 0;
  private started = false;
  /** Streaming: BOM and delimiter were read from the first line. */
  private detected = false;
  private finished = false;
  private readonly view = new RecordCursor();
  // Streaming state.
  private carry = '';
  private pending: string[] = [];
  private pendingLength = 0;
  private carryBase = 0;
  private longest = 0;

  constructor(options: RunOptions = {}) {
    this.config = options.config ?? {};
    this.streaming = options.streaming ?? false;
    this.decodeError = options.decodeError;
    this.sourceEncoding = options.sourceEncoding;
    this.maxProblems = options.maxProblems ?? Infinity;
    this.useQuickPass = options.quickPass ?? true;
    this.rules = activeRules(this.config);
    for (const active of this.rules) this.severityByRule.set(active.rule, active);
    this.recordChecks = this.rules.flatMap((r) => (r.rule.checkRecord ? [r.rule.checkRecord] : []));
    this.activeCodes = new Set(this.rules.map((r) => r.rule.meta.code));
    this.blankChecks = this.rules.flatMap((r) => (r.rule.checkBlankRecord ? [r.rule.checkBlankRecord] : []));
    this.columns = mapColumns([], this.config);
    this.duplicates = this.streaming ? undefined : new DuplicateCollector(() => this.table);
  }

  // ---- Whole-text driving -------------------------------------------------------------------

  /** Starts linting a whole text (then call step until it returns true). */
  begin(text: string): void {
    this.hasBom = text.charCodeAt(0) === 0xfeff;
    const start = this.hasBom ? 1 : 0;
    this.delimiter = detectDelimiter(text, start);
    this.table = new Table(this.delimiter, text.length);
    this.table.clear(text, 0, 0);
    // Sized once from the text, like the table: growing by doubling would copy each array several times.
    const records = this.table.recordStart.data.length;
    this.lines.reserve(records);
    this.duplicates?.reserve(records);
    this.scanner = new Scanner(this.table, this.lines, start);
  }

  /** Works until done (true) or until the clock passes `deadline` (false; call again). */
  step(deadline = Infinity): boolean {
    const scanner = this.scanner!;
    for (;;) {
      if (!scanner.atEnd) scanner.scan(BATCH, true);
      this.checkScannedRecords();
      if (scanner.atEnd) {
        // Duplicates are resolved after the last record, one stage per look at the clock (each stage
        // makes progress, so a slice of any length ends).
        if (deadline !== Infinity && this.duplicates) {
          while (!this.duplicates.resolveStep()) if (performance.now() >= deadline) return false;
        }
        this.end();
        return true;
      }
      if (deadline !== Infinity && performance.now() >= deadline) return false;
    }
  }

  // ---- Split lint (lintPart.ts) ---------------------------------------------------------------

  /**
   * Reads and checks records until the next one would start at or after `offset`. True when a record
   * starts exactly there (so a part linted from that offset on is what this run would have read).
   */
  stepUntil(offset: number): boolean {
    const scanner = this.scanner!;
    while (scanner.pos < offset && !scanner.atEnd) {
      for (let i = 0; i < BATCH && scanner.pos < offset && !scanner.atEnd; i++) scanner.scan(1, true);
      this.checkScannedRecords();
    }
    return this.started && scanner.pos === offset && !scanner.atEnd && this.lines.lineStart(this.lines.lineCount - 1) === offset;
  }

  /**
   * The part side: reads the header (for the column map, its problems are the other run's), then
   * reads and checks the records from `from` on, which must be where a record starts. Lines are
   * counted from the one that starts at `from`; the end-of-file checks are left to the other run.
   */
  checkPartFrom(from: number): LintPartState {
    const scanner = this.scanner!;
    scanner.scan(1, true);
    // Preamble lines are read with the header after them (isPreambleRecord looks one record ahead).
    for (let n = 0; n < MAX_PREAMBLE_RECORDS && !scanner.atEnd && isPreambleAhead(this.table, this.table.recordCount - 1); n++) scanner.scan(1, true);
    this.checkScannedRecords();
    this.problems = [];
    this.kept = 0;
    const table = this.table;
    const state = { firstCell: table.cellCount, firstRecord: table.recordCount, firstIssue: table.issues.length, problems: this.problems, userCount: 0 };
    this.lines.restartAt(from);
    scanner.pos = from;
    scanner.scan(Infinity, true);
    this.checkScannedRecords();
    state.userCount = this.userCount;
    return state;
  }

  /** Takes over the records, lines, problems and duplicate keys of a part that starts where this run stopped (stepUntil true). */
  adoptPart(part: LintPart): void {
    const table = this.table;
    const cellShift = table.cellCount;
    const recordShift = table.recordCount;
    // The line that starts at part.from, counted from the top.
    const lineShift = this.lines.lineCount - 1;
    appendPartRecords(table, part, cellShift, recordShift);
    this.lines.appendLineStarts(part.lineStarts);
    if (part.duplicates) this.duplicates?.adoptKeys(part.duplicates, cellShift, recordShift);
    for (const problem of part.problems) this.problems.push(withLinesShifted(problem, lineShift));
    this.kept += part.problems.length;
    this.userCount += part.userCount;
    this.nextLocal = table.recordCount;
    this.issueIndex = table.issues.length;
    this.scanner!.pos = table.text.length;
  }

  // ---- Streaming ----------------------------------------------------------------------------

  /** Feeds the next chunk of a streamed file; returns the problems found so far and not yet returned. */
  feed(chunk: string, final: boolean): Problem[] {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    // A record longer than a chunk is re-read from its start when more text comes; waiting until the
    // new text is as long as the carried part keeps that linear (each re-read doubles the text).
    const carried = this.carry.length;
    if (!final && carried > 0 && this.pendingLength < carried && carried + this.pendingLength < MAX_RECORD_CHARS) return [];
    const text = this.carry + this.pending.join('');
    this.carry = '';
    this.pending = [];
    this.pendingLength = 0;
    if (text.length > this.longest) this.longest = text.length;
    let start = 0;
    if (!this.detected) {
      // The delimiter is read from the header line: wait until it is complete.
      if (!final && text.length < MAX_RECORD_CHARS && !/[\r\n]/.test(text)) {
        this.carry = text;
        return [];
      }
      this.detected = true;
      this.hasBom = text.charCodeAt(0) === 0xfeff;
      start = this.hasBom ? 1 : 0;
      this.delimiter = detectDelimiter(text, start);
      // One table for the whole stream: its arrays keep the capacity the chunks needed.
      this.table = new Table(this.delimiter, text.length);
    }
    const table = this.table;
    table.clear(text, this.carryBase, this.recordsBefore);
    const scanner = new Scanner(table, this.lines, start);
    this.scanner = scanner;
    this.nextLocal = 0;
    this.issueIndex = 0;
    scanner.scan(Infinity, final);
    // An unfinished record this long is read as complete where it stands (an unclosed quote becomes a
    // literal character, so the rows it swallowed are read again as rows), then the records after it as
    // usual: the rest of the file is checked and the last, cut row still waits for its end.
    while (!final && text.length - scanner.pos >= MAX_RECORD_CHARS) {
      scanner.scan(1, true);
      scanner.scan(Infinity, false);
    }
    this.checkScannedRecords();
    this.recordsBefore += table.recordCount;
    this.carryBase += scanner.pos;
    this.carry = text.slice(scanner.pos);
    if (final) this.end();
    // Handed out and forgotten, so memory does not grow with the number of problems.
    const fresh = this.problems.sort(byOffset);
    this.problems = [];
    return fresh;
  }

  /** Streaming: the longest text read at once, what the memory of a run follows (at most MAX_RECORD_CHARS plus a chunk). */
  get longestText(): number {
    return this.longest;
  }

  /** Streaming: the file is in another encoding, found from its first chunk. */
  noteSourceEncoding(encoding: SourceEncoding): void {
    this.sourceEncoding = encoding;
  }

  /** Streaming: the bytes were not valid UTF-8 at this text offset (first call wins; CG001 reports it at the end). */
  noteInvalidUtf8(offset: number): void {
    this.decodeError ??= { offset };
  }

  // ---- Checking -----------------------------------------------------------------------------

  private checkScannedRecords(): void {
    const table = this.table;
    const view = this.view;
    while (this.nextLocal < table.recordCount) {
      const local = this.nextLocal++;
      this.fillView(local);
      if (!this.started) {
        if (isPreambleRecord(table, local, this.preamble.length)) {
          this.preamble.push({ start: table.recordStart.data[local], end: table.recordEnd.data[local], next: table.recordNext.data[local] });
          continue;
        }
        this.started = true;
        this.startWithHeader(local);
        continue;
      }
      if (this.lineEnding === undefined) this.noteLineEnding(local);
      if (table.isBlankRecord(local)) {
        const checks = this.blankChecks;
        for (let i = 0; i < checks.length; i++) checks[i](view, this);
      } else {
        this.userCount++;
        const checks = this.quick !== undefined && this.quick.accepts(table, local, this) ? this.quick.alwaysChecks : this.recordChecks;
        for (let i = 0; i < checks.length; i++) checks[i](view, this);
      }
    }
  }

  private fillView(local: number): void {
    const issues = this.table.issues;
    const record = this.table.firstRecord + local;
    let mine: readonly QuoteIssue[] = NO_ISSUES;
    if (this.issueIndex < issues.length && issues[this.issueIndex].record === record) {
      const found: QuoteIssue[] = [];
      while (this.issueIndex < issues.length && issues[this.issueIndex].record === record) found.push(issues[this.issueIndex++]);
      mine = found;
    }
    this.view.moveTo(this.table, local, mine);
  }

  private startWithHeader(local: number): void {
    const view = this.view;
    this.noteLineEnding(local);
    const cells = [];
    for (let c = 0; c < view.cellCount; c++) cells.push({ header: view.value(c), range: this.cellRange(view.firstCell + c) });
    this.columns = mapColumns(cells, this.config);
    this.header = new FrozenRecordView(view);
    for (const active of this.rules) active.rule.checkHeader?.(this);
    if (this.useQuickPass) this.quick = QuickPass.plan(this.rules.map((r) => r.rule), this, this.columns.columns.length);
  }

  private noteLineEnding(local: number): void {
    const table = this.table;
    const end = table.recordEnd.data[local];
    const next = table.recordNext.data[local];
    if (next === end) return;
    const terminator = table.text.slice(end - table.base, next - table.base);
    this.lineEnding = terminator === '\r\n' ? '\r\n' : terminator === '\r' ? '\r' : '\n';
  }

  private end(): void {
    if (this.finished) return;
    this.finished = true;
    if (!this.started) {
      this.started = true;
      for (const active of this.rules) active.rule.checkHeader?.(this);
    }
    for (const active of this.rules) active.rule.checkEnd?.(this);
  }

  // ---- RuleContext ----------------------------------------------------------------------------

  report(rule: Rule, finding: Finding): void {
    if (this.kept >= this.maxProblems) {
      this.truncated++;
      return;
    }
    const active = this.severityByRule.get(rule)!;
    const template = rule.messages[finding.message];
    const args = shortArgs(finding.args);
    this.kept++;
    this.problems.push({
      code: rule.meta.code,
      rule: rule.meta.name,
      severity: active.severity ?? finding.severity ?? rule.meta.defaultSeverity,
      message: formatTemplate(template, args),
      template,
      args,
      range: finding.range,
      fixes: finding.fixes ? finding.fixes() : NO_FIXES,
      related: finding.related ? finding.related() : NO_RELATED,
    });
  }

  memo<T>(rule: Rule, value: string, compute: (value: string) => T): T {
    let memo = this.lastMemoRule === rule ? this.lastMemo! : this.memos.get(rule);
    if (!memo) this.memos.set(rule, (memo = new Map()));
    this.lastMemoRule = rule;
    this.lastMemo = memo;
    const known = memo.get(value) as { result: T } | undefined;
    if (known) return known.result;
    const result = compute(value);
    memo.set(value, { result });
    return result;
  }

  firstSeen(name: 'email' | 'username' | 'row'): FirstSeen {
    if (name === 'email') return (this.emailIndex ??= this.newIndex());
    if (name === 'username') return (this.usernameIndex ??= this.newIndex());
    return (this.rowIndex ??= this.newIndex());
  }

  private newIndex(): DuplicateIndex {
    return new DuplicateIndex(() => this.table);
  }

  isActive(code: string): boolean {
    return this.activeCodes.has(code);
  }

  range(start: number, end: number): Range {
    return this.lines.rangeOf(start, end);
  }

  cellRange(cell: number): Range {
    return this.range(this.table.cellStart.data[cell], this.table.cellEnd.data[cell]);
  }

  recordRange(local: number): Range {
    return this.range(this.table.recordStart.data[local], this.table.recordEnd.data[local]);
  }

  replaceCell(cell: number, value: string): TextEdit {
    const table = this.table;
    const flags = table.cellFlags.data[cell];
    const keepQuotes = (flags & (QUOTED | MALFORMED)) === QUOTED;
    const needsQuotes = value.includes(this.delimiter) || /["\r\n]/.test(value);
    const newText = keepQuotes || needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
    return { start: table.cellStart.data[cell], end: table.cellEnd.data[cell], newText };
  }

  fix(rule: Rule, title: string, args: Record<string, string | number>, edits: TextEdit[], safe: boolean, preferred = true): Fix {
    const template = rule.messages[title];
    const shown = shortArgs(args);
    return { title: formatTemplate(template, shown), template, args: shown, edits, safe: unsafeIfFormula(safe, edits), preferred };
  }

  // ---- Result -------------------------------------------------------------------------------

  result(): LintResult {
    const problems = this.problems.slice().sort(byOffset);
    const table = this.table;
    const lines = this.lines;
    const streaming = this.streaming;
    return {
      problems,
      truncated: this.truncated,
      delimiter: this.delimiter,
      lineEnding: this.lineEnding ?? '\n',
      hasBom: this.hasBom,
      columns: this.columns.columns,
      userCount: this.userCount,
      cellAt: (offset) => (streaming ? undefined : cellAt(table, lines, offset)),
    };
  }
}

/** Values quoted in messages and fix titles are cut to this many characters (a cell can be megabytes). */
const MAX_SHOWN_CHARS = 80;

function shortArgs(args: Record<string, string | number>): Record<string, string | number> {
  for (const key in args) {
    const value = args[key];
    if (typeof value === 'string' && value.length > MAX_SHOWN_CHARS) {
      const copy = { ...args };
      for (const k in copy) {
        const v = copy[k];
        if (typeof v === 'string' && v.length > MAX_SHOWN_CHARS) copy[k] = `${v.slice(0, MAX_SHOWN_CHARS - 1)}…`;
      }
      return copy;
    }
  }
  return args;
}

function byOffset(a: Problem, b: Problem): number {
  return a.range.start.offset - b.range.start.offset;
}

/** The cell whose raw range contains the offset (ends included, so a cursor after a value still hits it). */
function cellAt(table: Table, lines: LineIndex, offset: number): CellInfo | undefined {
  const starts = table.recordStart.data;
  let lo = 0;
  let hi = table.recordCount - 1;
  if (hi < 0 || offset < starts[0]) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (offset > table.recordEnd.data[lo]) return undefined;
  const first = table.recordFirstCell.data[lo];
  const count = table.cellsIn(lo);
  for (let c = 0; c < count; c++) {
    const cell = first + c;
    if (offset >= table.cellStart.data[cell] && offset <= table.cellEnd.data[cell]) {
      const range = { start: lines.positionAt(table.cellStart.data[cell]), end: lines.positionAt(table.cellEnd.data[cell]) };
      return { row: table.firstRecord + lo, column: c, value: table.value(cell), range };
    }
  }
  return undefined;
}
