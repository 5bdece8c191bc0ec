import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_PATH, runCli } from '../report/cliRun';

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
const ROW = 'Mario,Rossi,mario.rossi@example.com,it,mrossi,IT,studente';

/** Hostile files a user could hand to `cyberguru lint`, as bytes. */
const files: Record<string, () => Uint8Array | string> = {
  'random bytes': () => randomBytes(64 * 1024),
  'an empty file': () => '',
  'NUL bytes': () => `${HEADER}\n${ROW.replace(/o/g, '\0')}\n`,
  'Latin-1 (not UTF-8)': () => Buffer.from(`${HEADER}\nNicolò,Rossi,n@example.com,it,nrossi,IT,studente\n`, 'latin1'),
  'a UTF-8 BOM, semicolons and CR line ends': () => `\uFEFF${HEADER.replace(/,/g, ';')}\r${ROW.replace(/,/g, ';')}\r`,
  'one line of 1 MB of quotes': () => '"'.repeat(1024 * 1024),
  'an unclosed quote': () => `${HEADER}\n"${ROW}\n${ROW}\n`,
  'one 1 MB field': () => `${HEADER}\nMario,Rossi,"${'x'.repeat(1024 * 1024)}",it,mrossi,IT,studente\n`,
  '100,000 columns': () => `${HEADER}${',c'.repeat(100_000)}\n${ROW}${',v'.repeat(100_000)}\n`,
  'UTF-8 cut in the middle of a character': () => Buffer.concat([Buffer.from(`${HEADER}\nZo`), Buffer.from('ë', 'utf8').subarray(0, 1)]),
};

/** A crash shows as a stack trace or an internal error name on stderr. */
function assertNoCrash(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at .+:\d+:\d+\)?$/m, `stack trace on stderr:\n${stderr}`);
  assert.doesNotMatch(stderr, /\b(TypeError|RangeError|URIError|ReferenceError)\b/, stderr);
}

describe('cyberguru lint on hostile files (the bundled CLI)', function () {
  this.timeout(60_000);
  let dir = '';
  before(function () {
    if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run "node esbuild.mjs" first`);
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, make] of Object.entries(files)) {
    it(`${name}: exits 0 or 1 with a JSON report, never a crash`, async () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.csv`);
      writeFileSync(file, make());
      const result = await runCli(['lint', '--format', 'json', file]);
      assertNoCrash(result.stderr);
      assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`);
      assert.doesNotThrow(() => JSON.parse(result.stdout), `stdout is not JSON: ${result.stdout.slice(0, 200)}`);
    });
  }

  it('a 48 MB line of quotes, streamed under a 64 MB heap limit: exit 1 with a JSON report (with records cut at 32 M characters it died even under 256 MB)', async () => {
    const file = join(dir, 'quotes-48mb.csv');
    writeFileSync(file, Buffer.alloc(48 * 1024 * 1024, '"'));
    try {
      const result = await runCli(['lint', '--format', 'json', file], { env: { NODE_OPTIONS: '--max-old-space-size=64' } });
      assertNoCrash(result.stderr);
      assert.equal(result.code, 1, `exit ${result.code}: ${result.stderr.slice(-300)}`);
      assert.ok(JSON.parse(result.stdout).files[0].problems.length > 0);
    } finally {
      rmSync(file);
    }
  });

  it('a file that is not there, or a folder: exit 2 with a message naming it, no stack trace', async () => {
    for (const path of [join(dir, 'missing.csv'), dir]) {
      const result = await runCli(['lint', path]);
      assert.equal(result.code, 2, result.stderr);
      assert.ok(result.stderr.includes(path), result.stderr);
      assertNoCrash(result.stderr);
    }
  });
});
