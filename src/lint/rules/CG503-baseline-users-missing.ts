import { defineRule } from '../api';

export const baselineUsersMissing = defineRule('CG503', {
  meta: {
    name: 'baseline-users-missing',
    description: 'Users of the baseline are not in the list: one finding on the header with their count.',
    defaultSeverity: 'info',
    fixable: 'no',
  },
  messages: {
    missing:
      'Users of {file} not in this list: {count}. Check whether your import removes them or keeps them; list them with "cyberguru diff {file} <this list>" or the command "Cyber Guru: Preview Import".',
  },
  create(ctx) {
    const baseline = ctx.baseline;
    if (!baseline) return {};
    return {
      // Every row must be matched for the count, even when CG501 and CG502 are off.
      row(row) {
        baseline.match(row);
      },
      end() {
        // Without an e-mail or username column nothing could be matched: CG101 says what is missing.
        const { email, username } = ctx.columns.fieldColumns;
        if (!ctx.header || ctx.columns.columns.length === 0 || (!email.length && !username.length)) return;
        const count = baseline.missingCount();
        if (count > 0) ctx.report({ message: 'missing', args: { count, file: baseline.name }, range: ctx.headerRange });
      },
    };
  },
});
