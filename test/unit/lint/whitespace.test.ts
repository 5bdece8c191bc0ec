// The reader decides which cells are padded with a table of whitespace code units, and the rules trim
// and search with regular expressions: both must mean the same characters, every one of them.
import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/lint';
import { hasInnerWhitespace, hasWhitespaceAt, isWhitespaceCode, trimWhitespace } from '../../../src/lint/text/whitespace';

describe('whitespace', () => {
  it('the table and the regular expression agree on every UTF-16 code unit', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isWhitespaceCode(c) !== hasInnerWhitespace(ch)) disagree.push(c.toString(16));
      if (hasWhitespaceAt(`a${ch}b`, 1, 2) !== isWhitespaceCode(c)) disagree.push(`at ${c.toString(16)}`);
    }
    assert.deepEqual(disagree, []);
    // No-break space, the ideographic space, a zero-width space and a BOM inside text count; U+0085 does not.
    for (const c of [0x20, 0x09, 0xa0, 0x3000, 0x200b, 0xfeff]) assert.ok(isWhitespaceCode(c), c.toString(16));
    for (const c of [0x41, 0xe9, 0x85, 0x200c, 0xffff]) assert.ok(!isWhitespaceCode(c), c.toString(16));
    assert.equal(trimWhitespace('\u00a0 Anna\u3000'), 'Anna');
  });

  it('a cell padded with any kind of whitespace gets CG204, one that only ends with an accent does not', () => {
    const header = 'email,first_name,last_name,username';
    const rows = ['a@x.it,Anna,Rossi,a1', 'b@x.it,\u00a0Bea,Verdi,b1', 'c@x.it,Carla,Bianchi\u3000,c1', 'd@x.it,André,Noël,d1', 'e@x.it,Élise,Ré,e1'];
    const padded = lintText([header, ...rows].join('\n'))
      .problems.filter((p) => p.code === 'CG204')
      .map((p) => p.range.start.line);
    assert.deepEqual(padded, [2, 3]);
  });
});
