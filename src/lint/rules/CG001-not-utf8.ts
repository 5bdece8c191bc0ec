import { defineRule } from '../api';

export const notUtf8 = defineRule('CG001', {
  meta: {
    name: 'not-utf8',
    description: 'The file is not valid UTF-8: the platform reads user lists only as UTF-8.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    replaced:
      'The file is not valid UTF-8: invalid bytes show as \uFFFD, the first on line {line}. Reopen it with its real encoding, then save it as UTF-8.',
    notUtf8:
      'The file is not valid UTF-8 (first bad byte on line {line}): save it again as "CSV UTF-8" (Excel) or with UTF-8 encoding; accented letters will be wrong otherwise.',
  },
  create(ctx) {
    const report = () => {
      const at = ctx.notUtf8At;
      if (!at) return;
      const message = ctx.notUtf8As === 'bytes' ? 'notUtf8' : 'replaced';
      ctx.report({ message, args: { line: at.start.line + 1 }, range: at });
    };
    return {
      // Text decoded elsewhere is known to be damaged from the start: reported first, so a lint cut
      // short by maxProblems still shows it.
      header() {
        if (ctx.notUtf8As === 'replacement-character') report();
      },
      // Bytes: at the end, as a streamed file may turn out not to be UTF-8 anywhere in it.
      end() {
        if (ctx.notUtf8As === 'bytes') report();
      },
    };
  },
});
