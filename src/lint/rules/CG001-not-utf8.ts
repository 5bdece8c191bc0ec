import { defineRule } from '../api';

export const notUtf8 = defineRule('CG001', {
  meta: {
    name: 'not-utf8',
    description: 'The file is not valid UTF-8: the platform reads user lists only as UTF-8.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    notUtf8:
      'The file is not valid UTF-8 (first bad byte on line {line}): save it again as "CSV UTF-8" (Excel) or with UTF-8 encoding; accented letters will be wrong otherwise.',
  },
  create(ctx) {
    return {
      // At the end: a streamed file may turn out not to be UTF-8 anywhere in it.
      end() {
        const at = ctx.notUtf8At;
        if (at) ctx.report({ message: 'notUtf8', args: { line: at.start.line + 1 }, range: at });
      },
    };
  },
});
