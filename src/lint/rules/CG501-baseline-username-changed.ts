import { defineRule } from '../api';

export const baselineUsernameChanged = defineRule('CG501', {
  meta: {
    name: 'baseline-username-changed',
    description: 'The e-mail is in the baseline with another username: the platform cannot rename a user, so the import creates a new one.',
    defaultSeverity: 'error',
    // Which username is right is the admin's call (the list may correct a typo the platform has): asked, never in fix-all.
    fixable: 'unsafe',
  },
  messages: {
    changed:
      'Username "{value}" differs from "{baseline}", the username of {email} in {file}: the platform cannot rename a user, so the import creates a new user "{value}" and the history stays with the old account "{baseline}".',
    related: 'Username in the baseline',
    restore: 'Restore the baseline username "{baseline}"',
  },
  create(ctx) {
    const baseline = ctx.baseline;
    if (!baseline) return {};
    return {
      row(row) {
        const match = baseline.match(row);
        if (match.kind !== 'usernameChanged') return;
        const col = ctx.columns.fieldColumns.username[0];
        const emailCol = ctx.columns.fieldColumns.email[0];
        const previous = match.value('username');
        ctx.report({
          message: 'changed',
          args: { value: row.trimmed(col), baseline: previous, email: row.trimmed(emailCol), file: baseline.name },
          range: row.cellRange(col),
          fixes: () => [ctx.fix('restore', { baseline: previous }, [ctx.edits.replaceCell(row, col, previous)], false, true)],
          related: () => [{ message: baselineUsernameChanged.messages.related, range: match.range('username'), file: baseline.file }],
        });
      },
    };
  },
});
