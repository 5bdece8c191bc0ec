import { findDuplicates, isReportedAsRepeatedRow } from './duplicates';
import { defineRule, type Rule } from './rule';

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
    const col = ctx.columns.fieldColumns.email[0];
    const earlier = ctx.range(record.earlierEmail[0], record.earlierEmail[1]);
    ctx.report(duplicateEmail, {
      message: 'duplicate',
      args: { value: record.trimmed(col), line: earlier.start.line + 1 },
      range: ctx.cellRange(record.firstCell + col),
      related: () => [{ message: duplicateEmail.messages.related, range: earlier }],
    });
  },
});
