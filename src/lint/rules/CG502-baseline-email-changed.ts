import { defineRule } from '../api';

export const baselineEmailChanged = defineRule('CG502', {
  meta: {
    name: 'baseline-email-changed',
    description: "The username is in the baseline with another e-mail: the import changes that user's e-mail.",
    defaultSeverity: 'warning',
    fixable: 'no',
  },
  messages: {
    changed:
      'E-mail "{value}" differs from "{baseline}", the e-mail of username {username} in {file}: the import changes the e-mail of that user; check that it is the same person.',
    related: 'E-mail in the baseline',
  },
  create(ctx) {
    const baseline = ctx.baseline;
    if (!baseline) return {};
    return {
      row(row) {
        const match = baseline.match(row);
        if (match.kind !== 'emailChanged') return;
        const col = ctx.columns.fieldColumns.email[0];
        const usernameCol = ctx.columns.fieldColumns.username[0];
        ctx.report({
          message: 'changed',
          args: { value: row.trimmed(col), baseline: match.value('email'), username: row.trimmed(usernameCol), file: baseline.name },
          range: row.cellRange(col),
          related: () => [{ message: baselineEmailChanged.messages.related, range: match.range('email'), file: baseline.file }],
        });
      },
    };
  },
});
