import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { lintBytes, type Problem } from '../../../src/lint';
import { LintStream } from '../../../src/lint/engine/lintStream';
import { withoutBomColumn } from '../../../src/lint/output/withoutBomColumn';
import { csvishText, userListFile } from './userListArbitrary';

/** Problems as `cyberguru lint` prints them (line-1 columns of a BOM file shifted), sorted. */
function shown(problems: Problem[], hasBom: boolean): string[] {
  return (hasBom ? withoutBomColumn(problems) : problems).map((p) => `${p.code} ${p.range.start.line + 1}:${p.range.start.column + 1} ${p.message}`).sort();
}

function streamed(bytes: Uint8Array, chunkSize: number): string[] {
  const stream = new LintStream();
  const problems: Problem[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) problems.push(...stream.pushBytes(bytes.subarray(i, i + chunkSize)));
  const end = stream.end();
  return shown([...problems, ...end.problems], end.summary.hasBom);
}

function whole(bytes: Uint8Array): string[] {
  const result = lintBytes(bytes);
  return shown(result.problems, result.hasBom);
}

/** Bytes that stress a UTF-8 decoder cut into chunks: valid and invalid leads and second bytes, a BOM. */
const utf8Edges = fc
  .array(fc.constantFrom(0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xf0, 0x90, 0xf4, 0x8f, 0xc3, 0xa9, 0xc0, 0xf5, 0xff, 0x0a, 0x2c, 0x61, 0xef, 0xbb, 0xbf, 0x22), { maxLength: 40 })
  .map((a) => Uint8Array.from(a));
const anyBytes = fc.oneof(
  fc.oneof(csvishText, userListFile.map((f) => f.text)).map((t) => new TextEncoder().encode(t)),
  fc.uint8Array({ maxLength: 300 }),
  utf8Edges,
);

describe('streaming (the CLI on large files) reports what reading the whole file reports', () => {
  it('for any bytes cut into chunks of any size (property)', () => {
    fc.assert(
      fc.property(anyBytes, fc.integer({ min: 1, max: 64 }), (bytes, chunkSize) => {
        assert.deepEqual(streamed(bytes, chunkSize), whole(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('an invalid lead byte is reported where it is, not one character later (was 1:2 when streamed)', () => {
    for (const bytes of [[0xf5], [0x61, 0xc0, 0x62], [0xe0, 0x80, 0x0a]]) {
      assert.deepEqual(streamed(Uint8Array.from(bytes), 1), whole(Uint8Array.from(bytes)), JSON.stringify(bytes));
    }
  });

  it('CG003 points at the header even when the header is not in the last chunk (was the last chunk\'s first row)', () => {
    const bytes = new TextEncoder().encode('Country;First Name\nIT;Mario\nIT;Anna\n');
    const cg003 = streamed(bytes, 3).filter((p) => p.startsWith('CG003'));
    assert.deepEqual(cg003, whole(bytes).filter((p) => p.startsWith('CG003')));
    assert.match(cg003[0], /^CG003 1:1 /);
  });
});
