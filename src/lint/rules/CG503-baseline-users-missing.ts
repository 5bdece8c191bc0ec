import { baselineName, headerRange } from './baselineHelpers';
import { defineRule, type Rule } from './rule';

export const baselineUsersMissing: Rule = defineRule('CG503', {
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
  checkRecord(record, ctx) {
    // Every record must be matched for the count, even when CG501 and CG502 are off.
    ctx.baseline?.matchRecord(record, ctx.columns);
  },
  checkEnd(ctx) {
    const run = ctx.baseline;
    const range = headerRange(ctx);
    if (!run || !range) return;
    // Without an e-mail or username column nothing could be matched: CG101 says what is missing.
    if (!ctx.columns.fieldColumns.email.length && !ctx.columns.fieldColumns.username.length) return;
    const count = run.missingCount();
    if (count > 0) ctx.report(baselineUsersMissing, { message: 'missing', args: { count, file: baselineName(run.baseline.source) }, range });
  },
});
