// `cyberguru lint --fix` and the editor's fix-all run the engine's one fix-all algorithm: on the same
// lists they must leave the same bytes on disk. The CLI runs as a user would (dist/cli.js on a file);
// the editor's side is what FixAllService does with a document (VS Code shows the text without its
// BOM, the engine lints it with the BOM, the composed edits are applied to the document, which is
// saved with the BOM it had).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, fixAllAsync, lintTextAsync } from '../../../src/lint';
import { isBulkFixable } from '../../../src/editor/bulkFix';
import { BOM, lintInputFor, toDocumentEdit } from '../../../src/editor/documentCoordinates';
import { generateUserList } from '../../../bench/lintUserList';
import { runCli } from '../report/cliRun';

const root = join(__dirname, '../../../..');
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

async function editorFixAll(bytes: Buffer): Promise<Buffer> {
  const decoded = bytes.toString('utf8');
  const hasBom = decoded.startsWith(BOM);
  const documentText = hasBom ? decoded.slice(1) : decoded;
  const input = lintInputFor(documentText, hasBom);
  const plan = await fixAllAsync(input.text, async (text) => (await lintTextAsync(text, { yieldControl: yieldToHost })).problems, {
    select: (problem) => isBulkFixable(problem),
  });
  const edits = plan.edits.flatMap((edit) => toDocumentEdit(edit, input.bomShift) ?? []);
  const fixed = applyEdits(documentText, edits).text;
  return Buffer.from((hasBom ? BOM : '') + fixed, 'utf8');
}

async function cliFixAll(dir: string, name: string, bytes: Buffer): Promise<Buffer> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const result = await runCli(['lint', '--fix', '--format', 'json', file], { env: { CYBERGURU_CACHE_DIR: '' } });
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  return readFileSync(file);
}

describe('fix-all: the CLI and the editor agree', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'cg-fixall-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const generated = generateUserList(3_000);
  const lists: Array<[string, Buffer]> = [
    ['users-broken.csv', readFileSync(join(root, 'samples/users-broken.csv'))],
    ['utenti-excel.csv', readFileSync(join(root, 'samples/utenti-excel.csv'))],
    ['generated.csv', Buffer.from(generated, 'utf8')],
    ['generated-bom-crlf.csv', Buffer.from(BOM + generated.replace(/\n/g, '\r\n'), 'utf8')],
    ['generated-semicolons.csv', Buffer.from(generated.replace(/,/g, ';'), 'utf8')],
    ['overlapping.csv', Buffer.from('First Name,Last Name,Email,Language,Username,Country,roles\n Anna ,Rossi, ANNA@x.com ,Italiano,E1001, italia ,Studente\n\n Anna ,Rossi, ANNA@x.com ,Italiano,E1001, italia ,Studente\nBo,Bi,b@x.com,it,E1002,IT\n', 'utf8')],
  ];

  for (const [name, bytes] of lists) {
    it(`${name}: the same bytes`, async function () {
      this.timeout(30_000);
      const [cli, editor] = await Promise.all([cliFixAll(dir, name, bytes), editorFixAll(bytes)]);
      assert.ok(!cli.equals(bytes), 'the list had something to fix');
      assert.ok(cli.equals(editor), `${name}: the CLI and the editor wrote different bytes`);
    });
  }
});
