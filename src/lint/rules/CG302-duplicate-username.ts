import { findDuplicates, isReportedAsRepeatedRow } from './duplicates';
import { trimWhitespace } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';

export const duplicateUsername: Rule = defineRule('CG302', {
  meta: {
    name: 'duplicate-username',
    description: 'The username is already used on an earlier row (compared case-insensitively); usernames must be unique.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    duplicate: 'Username "{value}" is already used on line {line}: usernames must be unique (and cannot be changed after import).',
    related: 'First use of this username',
  },
  checkRecord(record, ctx) {
    findDuplicates(record, ctx);
    if (!record.earlierUsername || isReportedAsRepeatedRow(record, ctx)) return;
    const col = ctx.columns.fieldColumns.username[0];
    report(ctx, record.firstCell + col, record.trimmed(col), record.earlierUsername);
  },
  checkEnd(ctx) {
    const resolved = ctx.duplicates?.resolve();
    if (!resolved) return;
    const table = ctx.table;
    const rowsReported = ctx.isActive('CG303');
    for (const { cell, earlierCell, record } of resolved.usernames) {
      if (rowsReported && resolved.isRepeatedRow(record)) continue;
      report(ctx, cell, trimWhitespace(table.value(cell)), [table.cellStart.data[earlierCell], table.cellEnd.data[earlierCell]]);
    }
  },
});

function report(ctx: RuleContext, cell: number, value: string, [start, end]: readonly [number, number]): void {
  const earlier = ctx.range(start, end);
  ctx.report(duplicateUsername, {
    message: 'duplicate',
    args: { value, line: earlier.start.line + 1 },
    range: ctx.cellRange(cell),
    related: () => [{ message: duplicateUsername.messages.related, range: earlier }],
  });
}
