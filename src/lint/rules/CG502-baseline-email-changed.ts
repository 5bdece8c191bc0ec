import { defineRule, type Rule } from './rule';
import { baselineName } from './baselineHelpers';

export const baselineEmailChanged: Rule = defineRule('CG502', {
  meta: {
    name: 'baseline-email-changed',
    description: 'The username is in the baseline with another e-mail: the import changes that user\'s e-mail.',
    defaultSeverity: 'warning',
    fixable: 'no',
  },
  messages: {
    changed:
      'E-mail "{value}" differs from "{baseline}", the e-mail of username {username} in {file}: the import changes the e-mail of that user; check that it is the same person.',
    related: 'E-mail in the baseline',
  },
  checkRecord(record, ctx) {
    const run = ctx.baseline;
    if (!run) return;
    const match = run.matchRecord(record, ctx.columns);
    if (match.kind !== 'emailChanged') return;
    const col = ctx.columns.fieldColumns.email[0];
    const usernameCol = ctx.columns.fieldColumns.username[0];
    const file = run.baseline.source;
    ctx.report(baselineEmailChanged, {
      message: 'changed',
      args: { value: record.trimmed(col), baseline: run.value(match.user, 'email'), username: record.trimmed(usernameCol), file: baselineName(file) },
      range: ctx.cellRange(record.firstCell + col),
      related: () => [{ message: baselineEmailChanged.messages.related, range: run.range(match.user, 'email'), file }],
    });
  },
});
