import type { RuleContext, RuleListeners } from '../api';

/**
 * The listeners of a rule that reports a cell repeating an earlier row's (CG301 e-mail, CG302
 * username): its `duplicate` message on the later cell, `relatedMessage` on the earlier one.
 */
export function repeatedCellListeners(ctx: RuleContext, relatedMessage: string): RuleListeners {
  return {
    repeated({ row, column, earlier, wholeRowRepeats }) {
      // A repeated row is CG303's (one problem, with a fix that deletes it).
      if (wholeRowRepeats && ctx.isActive('CG303')) return;
      ctx.report({
        message: 'duplicate',
        args: { value: row.trimmed(column), line: earlier.start.line + 1 },
        range: row.cellRange(column),
        related: () => [{ message: relatedMessage, range: earlier }],
      });
    },
  };
}
