import type { Finding, Repeat, RuleDefinition, RuleListeners } from '../api/rule';
import type { Table } from '../reader/table';
import { activeRules } from '../rules/registry';
import type { Fix, Problem, RelatedLocation, Severity } from '../types';
import { QuickPass, type PlannedCheck, type RowCheck } from './quickPass';
import { keyColumns, type RepeatFinder, type RepeatPair } from './repeats/repeatFinder';
import { TableRow } from './rows';
import { TemplateCache } from './templates';
import { RuleScope, shortArgs, type FindingSink, type LintFile } from './ruleScope';

// Most problems have no fix and no related location, many no arguments: they share one frozen empty
// array or object each (a list can have a hundred thousand problems, kept until the lint ends).
const NO_FIXES = Object.freeze([]) as unknown as Fix[];
const NO_RELATED = Object.freeze([]) as unknown as RelatedLocation[];
const NO_ARGS = Object.freeze({}) as Record<string, string | number>;

interface ActiveEntry {
  rule: RuleDefinition;
  /** The severity the config forces, if any. */
  severity: Severity | undefined;
  scope: RuleScope;
  listeners: RuleListeners;
}

export interface RunnerOptions {
  maxProblems?: number;
  /** Skip rules on records that cannot have their problems (default true; false in the test that proves it changes nothing). */
  quickPass?: boolean;
}

/**
 * Runs the active rules of one lint: creates each rule's listeners, calls them as the drivers read
 * rows, derives the quick pass from what the rules declare, feeds the repeat finder and turns findings
 * into problems. Knows nothing of how the text is read (whole, sliced, in parts or streamed).
 */
export class RuleRunner implements FindingSink {
  problems: Problem[] = [];
  /** Problems kept so far (streaming hands them out and forgets them). */
  kept = 0;
  truncated = 0;
  private readonly entries: ActiveEntry[];
  private readonly byRule = new Map<RuleDefinition, ActiveEntry>();
  private readonly activeCodes: Set<string>;
  private readonly maxProblems: number;
  private readonly useQuickPass: boolean;
  /**
   * The per-row checks as plain functions: listener objects have different shapes, so reading
   * `listeners.row` for every row would be a megamorphic property load.
   */
  private rowChecks: RowCheck[] = [];
  private blankChecks: RowCheck[] = [];
  private quick: QuickPass | undefined;
  private readonly repeatRow: TableRow;
  private readonly templates = new TemplateCache();
  /**
   * When an active rule reports repeats, every data row's keys go to the repeat finder: before the
   * row's checks when the finder answers row by row (the duplicate rules report among them), else
   * after them (the e-mail check has then keyed the address on the way, see EmailValidator.keyAt).
   */
  private readonly keysBeforeChecks: boolean;
  private readonly keysAfterChecks: boolean;
  /** Where the keys are (keyColumns), once the header is read. */
  private keyColumns = { email: -1, username: -1 };

  constructor(
    private readonly file: LintFile & { readonly table: Table },
    private readonly repeats: RepeatFinder,
    options: RunnerOptions,
  ) {
    this.maxProblems = options.maxProblems ?? Infinity;
    this.useQuickPass = options.quickPass ?? true;
    this.entries = activeRules(file.config).map(({ rule, severity }) => {
      const scope = new RuleScope(rule, file, this);
      return { rule, severity, scope, listeners: rule.create(scope) };
    });
    for (const entry of this.entries) this.byRule.set(entry.rule, entry);
    this.activeCodes = new Set(this.entries.map((e) => e.rule.meta.code));
    const feedsRepeats = this.entries.some((e) => e.rule.repeats !== undefined && e.listeners.repeated !== undefined);
    this.keysBeforeChecks = feedsRepeats && repeats.answersEachRow;
    this.keysAfterChecks = feedsRepeats && !repeats.answersEachRow;
    this.repeatRow = new TableRow(file.lines);
  }

  /** After the header is read (or at the end of an empty file): header checks, then the plan for the rows. */
  header(): void {
    this.keyColumns = keyColumns(this.file.columns);
    for (const { listeners } of this.entries) listeners.header?.();
    const planned: PlannedCheck[] = [];
    for (const entry of this.entries) {
      const check = this.rowCheckOf(entry);
      if (!check) continue;
      const declared = entry.rule.looksAt;
      planned.push({ check, looksAt: typeof declared === 'function' ? declared(entry.scope) : declared });
    }
    this.rowChecks = planned.map((p) => p.check);
    this.blankChecks = this.entries.flatMap(({ listeners }) => (listeners.blankRow ? [listeners.blankRow] : []));
    if (this.useQuickPass) this.quick = QuickPass.plan(planned, this.file.columns.columns.length);
  }

  private rowCheckOf(entry: ActiveEntry): RowCheck | undefined {
    const kind = entry.rule.repeats;
    const repeated = entry.listeners.repeated;
    // A duplicate rule reports, in its place among the row checks, what the finder found about this
    // row (streaming); in memory the finder answers only after the last row (see end).
    if (!kind || !repeated || !this.repeats.answersEachRow) return entry.listeners.row;
    return () => {
      const pairs = this.repeats.takeRepeats(kind);
      if (pairs.length > 0) this.fire(entry, pairs);
    };
  }

  private addKeys(table: Table, local: number): void {
    this.repeats.add(table, local, this.keyColumns.email, this.keyColumns.username);
  }

  private fire(entry: ActiveEntry, pairs: readonly RepeatPair[]): void {
    const repeated = entry.listeners.repeated!;
    for (const pair of pairs) {
      this.repeatRow.moveTo(this.file.table, pair.local, []);
      const repeat: Repeat = {
        row: this.repeatRow,
        column: pair.column,
        earlier: this.file.lines.rangeOf(pair.earlierStart, pair.earlierEnd),
        wholeRowRepeats: pair.wholeRowRepeats,
      };
      repeated(repeat);
    }
  }

  /** A data row that is not blank (row is positioned on table record `local`). */
  row(table: Table, local: number, row: TableRow): void {
    if (this.keysBeforeChecks) this.addKeys(table, local);
    const checks = this.quick !== undefined ? this.quick.checksFor(table, local) : this.rowChecks;
    for (let i = 0; i < checks.length; i++) checks[i](row);
    if (this.keysAfterChecks) this.addKeys(table, local);
  }

  blankRow(row: TableRow): void {
    const checks = this.blankChecks;
    for (let i = 0; i < checks.length; i++) checks[i](row);
  }

  /** The work left for after the last row, in stages (true when done). */
  resolveStep(): boolean {
    return this.repeats.resolveStep();
  }

  /** After the last row: what the repeat finder resolved, then the end checks, in rule order. */
  end(): void {
    while (!this.repeats.resolveStep());
    for (const entry of this.entries) {
      if (entry.rule.repeats && entry.listeners.repeated) this.fire(entry, this.repeats.takeRepeats(entry.rule.repeats));
      entry.listeners.end?.();
    }
  }

  /** False when an active rule keeps state across rows (RuleDefinition.acrossRows). */
  get splittable(): boolean {
    return this.entries.every((entry) => !entry.rule.acrossRows);
  }

  isActive(code: string): boolean {
    return this.activeCodes.has(code);
  }

  formatTemplate(template: string, args: Record<string, string | number>): string {
    return this.templates.format(template, args);
  }

  report(rule: RuleDefinition, finding: Finding): void {
    if (this.kept >= this.maxProblems) {
      this.truncated++;
      return;
    }
    const active = this.byRule.get(rule)!;
    const template = rule.messages[finding.message];
    const args = finding.args === undefined ? NO_ARGS : shortArgs(finding.args);
    this.kept++;
    this.problems.push({
      code: rule.meta.code,
      rule: rule.meta.name,
      severity: active.severity ?? finding.severity ?? rule.meta.defaultSeverity,
      message: this.templates.format(template, args),
      template,
      args,
      range: finding.range,
      fixes: finding.fixes ? finding.fixes() : NO_FIXES,
      related: finding.related ? finding.related() : NO_RELATED,
    });
  }
}
