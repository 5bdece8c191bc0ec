import { encodingMessageKey, ENCODING_MESSAGES } from '../encoding/encodingMessages';
import { defineRule, type Rule } from './rule';

export const notUtf8: Rule = defineRule('CG001', {
  meta: {
    name: 'not-utf8',
    description: 'The file is not valid UTF-8: the platform reads user lists only as UTF-8.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    notUtf8:
      'The file is not valid UTF-8 (first bad byte on line {line}): save it again as "CSV UTF-8" (Excel) or with UTF-8 encoding; accented letters will be wrong otherwise.',
    ...ENCODING_MESSAGES,
  },
  // At the end: a streamed file may turn out not to be UTF-8 anywhere in it.
  checkEnd(ctx) {
    if (ctx.sourceEncoding) {
      // The whole file is in another encoding: one problem on its first line, naming it.
      const columns = ctx.columns.columns;
      const first = ctx.preamble[0];
      const range = first
        ? ctx.range(first.start, first.end)
        : columns.length > 0
          ? { start: columns[0].range.start, end: columns[columns.length - 1].range.end }
          : ctx.range(0, 0);
      ctx.report(notUtf8, { message: encodingMessageKey(ctx.sourceEncoding.writer), args: { encoding: ctx.sourceEncoding.label }, range });
      return;
    }
    if (!ctx.decodeError) return;
    const position = ctx.lines.positionAt(ctx.decodeError.offset);
    ctx.report(notUtf8, {
      message: 'notUtf8',
      args: { line: position.line + 1 },
      range: ctx.range(ctx.decodeError.offset, ctx.decodeError.offset + 1),
    });
  },
});
