import { defineRule } from '../api';

export const utf8Bom = defineRule('CG002', {
  meta: {
    name: 'utf8-bom',
    description: 'The file starts with a UTF-8 byte order mark (BOM). Most importers accept it, some read it as part of the first header.',
    defaultSeverity: 'info',
    // Not part of fix-all: the BOM is how Excel recognises the file as UTF-8 when it is opened again.
    fixable: 'unsafe',
  },
  messages: {
    bom: 'The file starts with a UTF-8 byte order mark (BOM): if the import does not recognise the first column "{header}", remove the BOM.',
    removeBom: 'Remove the byte order mark',
  },
  create(ctx) {
    return {
      header() {
        const range = ctx.bomRange;
        if (!range) return;
        ctx.report({
          message: 'bom',
          args: { header: ctx.header?.value(0) ?? '' },
          range,
          fixes: () => [ctx.fix('removeBom', {}, [ctx.edits.removeBom()], false)],
        });
      },
    };
  },
});
