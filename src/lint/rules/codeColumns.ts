import { cellOf } from './helpers';
import type { RecordView, Rule, RuleContext } from './rule';

/** A code list as CG207 (languages) and CG208 (countries) check cells against it. */
export interface CodeList {
  isCode(value: string): boolean;
  /** isCode for text[start, end), read in place. */
  isCodeAt(text: string, start: number, end: number): boolean;
  /** The code the user most likely meant, or undefined. */
  suggest(value: string): string | undefined;
}

/** The quick test of a plain code cell: empty (CG201's business) or a code. */
export function acceptsCodeAt(codes: CodeList): (text: string, start: number, end: number) => boolean {
  return (text, start, end) => start === end || codes.isCodeAt(text, start, end);
}

/** Reports each cell of `columns` that holds something other than a code of the list. */
export function checkCodeColumns(rule: Rule, codes: CodeList, columns: readonly number[], record: RecordView, ctx: RuleContext): void {
  for (let i = 0; i < columns.length; i++) {
    const cell = cellOf(record, columns[i]);
    if (cell < 0) continue;
    if (record.span(columns[i]) && (record.spanStart === record.spanEnd || codes.isCodeAt(ctx.table.text, record.spanStart, record.spanEnd))) continue;
    const value = record.trimmed(columns[i]);
    if (value === '' || codes.isCode(value)) continue;
    reportInvalidValue(ctx, rule, cell, value, ctx.memo(rule, value, codes.suggest));
  }
}

/**
 * The rule's `invalid` message, or `invalidSuggest` with a safe `change` fix to the suggestion
 * (CG207, CG208, CG210). Reported from a function of its own: a closure in a rule's per-row loop
 * would make V8 allocate its context on every row, valid or not (about 100 bytes a row, most of the
 * lint's garbage).
 */
export function reportInvalidValue(ctx: RuleContext, rule: Rule, cell: number, value: string, suggestion: string | undefined): void {
  ctx.report(rule, {
    message: suggestion ? 'invalidSuggest' : 'invalid',
    args: suggestion ? { value, suggestion } : { value },
    range: ctx.cellRange(cell),
    fixes: () => (suggestion ? [ctx.fix(rule, 'change', { from: value, to: suggestion }, [ctx.replaceCell(cell, suggestion)], true)] : []),
  });
}
