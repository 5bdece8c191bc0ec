import type { Row, RuleContext } from '../api';

/** A code list as CG207 (languages) and CG208 (countries) check cells against it. */
export interface CodeList {
  isCode(value: string): boolean;
  /** The code the user most likely meant, or undefined. */
  suggest(value: string): string | undefined;
}

/**
 * The row check of a code column rule: reports each cell of `columns` that holds something other
 * than a code of the list. Suggestions are remembered per lint (the same wrong value repeats).
 */
export function codeColumnsCheck(ctx: RuleContext, codes: CodeList, columns: () => readonly number[]): (row: Row) => void {
  const suggestions = new Map<string, string | undefined>();
  return (row) => {
    for (const col of columns()) {
      const value = row.trimmed(col);
      if (value === '' || codes.isCode(value)) continue;
      if (!suggestions.has(value)) suggestions.set(value, codes.suggest(value));
      reportInvalidValue(ctx, row, col, value, suggestions.get(value));
    }
  };
}

/** The rule's `invalid` message, or `invalidSuggest` with a safe `change` fix to the suggestion (CG207, CG208, CG210). */
export function reportInvalidValue(ctx: RuleContext, row: Row, col: number, value: string, suggestion: string | undefined): void {
  ctx.report({
    message: suggestion ? 'invalidSuggest' : 'invalid',
    args: suggestion ? { value, suggestion } : { value },
    range: row.cellRange(col),
    fixes: () => (suggestion ? [ctx.fix('change', { from: value, to: suggestion }, [ctx.edits.replaceCell(row, col, suggestion)], true)] : []),
  });
}
