import { defineRule } from '../api';
import { encodingMessageKey, ENCODING_MESSAGES } from '../encoding/encodingMessages';

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
    ...ENCODING_MESSAGES,
  },
  create(ctx) {
    const report = () => {
      const at = ctx.notUtf8At;
      if (!at) return;
      const message = ctx.notUtf8As === 'bytes' ? 'notUtf8' : 'replaced';
      ctx.report({ message, args: { line: at.start.line + 1 }, range: at });
    };
    return {
      // A file in another encoding, and text decoded elsewhere, are known from the start: reported
      // first, so a lint cut short by maxProblems still shows it.
      header() {
        const encoding = ctx.sourceEncoding;
        if (encoding) {
          // The whole file is in another encoding: one problem on its first line, naming it.
          const first = ctx.preamble[0];
          const range = first ? first.range : ctx.header ? ctx.headerRange : ctx.fileStart;
          ctx.report({ message: encodingMessageKey(encoding.writer), args: { encoding: encoding.label }, range });
        } else if (ctx.notUtf8As === 'replacement-character') report();
      },
      // Bytes: at the end, as a streamed file may turn out not to be UTF-8 anywhere in it.
      end() {
        if (!ctx.sourceEncoding && ctx.notUtf8As === 'bytes') report();
      },
    };
  },
});
