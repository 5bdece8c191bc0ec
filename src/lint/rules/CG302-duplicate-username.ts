import { findDuplicates, isReportedAsRepeatedRow } from './duplicates';
import { defineRule, type Rule } from './rule';

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
    const earlier = ctx.range(record.earlierUsername[0], record.earlierUsername[1]);
    ctx.report(duplicateUsername, {
      message: 'duplicate',
      args: { value: record.trimmed(col), line: earlier.start.line + 1 },
      range: ctx.cellRange(record.firstCell + col),
      related: () => [{ message: duplicateUsername.messages.related, range: earlier }],
    });
  },
});
