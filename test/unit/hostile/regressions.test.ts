import * as assert from 'node:assert/strict';
import { fixAll, lintText } from '../../../src/lint';

// Inputs the property tests once found to break the engine; kept as plain examples.
describe('hostile input regressions', () => {
  it('a lone surrogate in an e-mail cell is reported as an invalid e-mail, not thrown (validator calls encodeURI)', () => {
    for (const text of ['Email\r\uD800', 'Email\n\uDC00x@example.com\n', 'Email\nx@exa\uD800mple.com\n']) {
      const result = lintText(text);
      assert.deepEqual(
        result.problems.filter((p) => p.code === 'CG202').map((p) => p.range.start.line),
        [1],
        JSON.stringify(text),
      );
      assert.equal(typeof fixAll(text).text, 'string');
    }
  });
});
