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
  },
  // At the end: a streamed file may turn out not to be UTF-8 anywhere in it.
  checkEnd(ctx) {
    if (!ctx.decodeError) return;
    const position = ctx.lines.positionAt(ctx.decodeError.offset);
    ctx.report(notUtf8, {
      message: 'notUtf8',
      args: { line: position.line + 1 },
      range: ctx.range(ctx.decodeError.offset, ctx.decodeError.offset + 1),
    });
  },
});
