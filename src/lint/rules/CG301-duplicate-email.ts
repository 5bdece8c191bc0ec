import { findDuplicates, isReportedAsRepeatedRow } from './duplicates';
import { trimWhitespace } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';

export const duplicateEmail: Rule = defineRule('CG301', {
  meta: {
    name: 'duplicate-email',
    description: 'The e-mail is already used on an earlier row (compared case-insensitively).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    duplicate: 'E-mail "{value}" is already used on line {line}: every user needs a different e-mail address.',
    related: 'First use of this e-mail',
  },
  checkRecord(record, ctx) {
    findDuplicates(record, ctx);
    if (!record.earlierEmail || isReportedAsRepeatedRow(record, ctx)) return;
    report(ctx, record.firstCell + ctx.columns.fieldColumns.email[0], record.trimmed(ctx.columns.fieldColumns.email[0]), record.earlierEmail);
  },
  checkEnd(ctx) {
    const resolved = ctx.duplicates?.resolve();
    if (!resolved) return;
    const table = ctx.table;
    const rowsReported = ctx.isActive('CG303');
    for (const { cell, earlierCell, record } of resolved.emails) {
      if (rowsReported && resolved.isRepeatedRow(record)) continue;
      report(ctx, cell, trimWhitespace(table.value(cell)), [table.cellStart.data[earlierCell], table.cellEnd.data[earlierCell]]);
    }
  },
});

function report(ctx: RuleContext, cell: number, value: string, [start, end]: readonly [number, number]): void {
  const earlier = ctx.range(start, end);
  ctx.report(duplicateEmail, {
    message: 'duplicate',
    args: { value, line: earlier.start.line + 1 },
    range: ctx.cellRange(cell),
    related: () => [{ message: duplicateEmail.messages.related, range: earlier }],
  });
}
