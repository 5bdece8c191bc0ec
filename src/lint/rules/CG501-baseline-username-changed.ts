import { defineRule, type Rule } from './rule';
import { baselineName } from './baselineHelpers';

export const baselineUsernameChanged: Rule = defineRule('CG501', {
  meta: {
    name: 'baseline-username-changed',
    description: 'The e-mail is in the baseline with another username: the platform cannot rename a user, so the import creates a new one.',
    defaultSeverity: 'error',
    fixable: 'unsafe',
  },
  messages: {
    changed:
      'Username "{value}" differs from "{baseline}", the username of {email} in {file}: the platform cannot rename a user, so the import creates a new user "{value}" and the history stays with the old account "{baseline}".',
    related: 'Username in the baseline',
    restore: 'Restore the baseline username "{baseline}"',
  },
  checkRecord(record, ctx) {
    const run = ctx.baseline;
    if (!run) return;
    const match = run.matchRecord(record, ctx.columns);
    if (match.kind !== 'usernameChanged') return;
    const col = ctx.columns.fieldColumns.username[0];
    const emailCol = ctx.columns.fieldColumns.email[0];
    const cell = record.firstCell + col;
    const baseline = run.value(match.user, 'username');
    const file = run.baseline.source;
    ctx.report(baselineUsernameChanged, {
      message: 'changed',
      args: { value: record.trimmed(col), baseline, email: record.trimmed(emailCol), file: baselineName(file) },
      range: ctx.cellRange(cell),
      fixes: () => [ctx.fix(baselineUsernameChanged, 'restore', { baseline }, [ctx.replaceCell(cell, baseline)], false, true)],
      related: () => [{ message: baselineUsernameChanged.messages.related, range: run.range(match.user, 'username'), file }],
    });
  },
});
