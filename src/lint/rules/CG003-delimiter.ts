import { defineRule } from '../api';

export const delimiter = defineRule('CG003', {
  meta: {
    name: 'delimiter',
    description: 'The file is not comma-separated (Excel with an Italian locale saves with semicolons).',
    defaultSeverity: 'info',
    // A whole-file rewrite: offered on request, never part of fix-all.
    fixable: 'unsafe',
  },
  messages: {
    semicolon: 'The file is semicolon-separated: the platform expects comma-separated values; save as "CSV UTF-8 (comma delimited)" or apply the fix.',
    tab: 'The file is tab-separated: the platform expects comma-separated values; save as "CSV UTF-8 (comma delimited)" or apply the fix.',
    rewrite: 'Rewrite the file comma-separated',
  },
  create(ctx) {
    return {
      end() {
        if (ctx.delimiter === ',' || !ctx.header) return;
        ctx.report({
          message: ctx.delimiter === ';' ? 'semicolon' : 'tab',
          range: ctx.headerRange,
          fixes: () => {
            const rewrite = ctx.edits.rewriteWithCommas();
            return rewrite ? [ctx.fix('rewrite', {}, [rewrite], false)] : [];
          },
        });
      },
    };
  },
});
