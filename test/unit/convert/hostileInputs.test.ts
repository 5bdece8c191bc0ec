// Hostile exports, each a few KB built here: a workbook naming row 300,000,000 or column ZZZZZZZ, rows
// that never close, a zip bomb that lies about its size, a character reference that is no character,
// a CSV over the size limit. Each is a clear refusal (exit 2 and a message saying why), in bounded
// memory (the CLI's peak RSS is printed and checked) and in time that grows with the input, not its square.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { ConvertError } from '../../../src/convert/errors';
import { readExport } from '../../../src/convert/readExport';
import { MAX_XLSX_UNPACKED_BYTES, readXlsx } from '../../../src/convert/xlsx/readXlsx';

const CLI = join(__dirname, '../../../../dist/cli.js');
const RSS_BUDGET_MB = 300;

/** A workbook with one sheet holding `sheetXml` (a string, or bytes for large parts), and any extra parts. */
function workbook(sheetXml: string | Uint8Array, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync(
    {
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Users" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': typeof sheetXml === 'string' ? strToU8(sheetXml) : sheetXml,
      ...extra,
    },
    { level: 6 },
  );
}

const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>';
const sheet = (rows: string) => `<worksheet><sheetData>${HEADER_ROW}${rows}</sheetData></worksheet>`;

function isConvertError(pattern: RegExp) {
  return (err: unknown) => err instanceof ConvertError && pattern.test(err.message);
}

describe('convert: hostile inputs are refused in bounded time and memory', function () {
  this.timeout(120_000);
  let dir = '';
  let preload = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-hostile-'));
    // Loaded before the CLI: reports the process's peak resident memory when it exits.
    preload = join(dir, 'peak-rss.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\npeak-rss-kb=${process.resourceUsage().maxRSS}\\n`));\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `cyberguru convert` on the bytes: exit code, message, peak RSS in MB (printed for the record). */
  function convert(name: string, bytes: Uint8Array | undefined, inputPath?: string) {
    const input = inputPath ?? join(dir, name);
    if (bytes) writeFileSync(input, bytes);
    const result = spawnSync(process.execPath, ['--require', preload, CLI, 'convert', input, '--output', join(dir, `${name}.out.csv`), '--language', 'it', '--country', 'IT'], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    const peak = /peak-rss-kb=(\d+)/.exec(result.stderr);
    assert.ok(peak, `the CLI ran to its end: ${result.stderr.slice(0, 500)} (signal ${result.signal})`);
    const rssMb = Number(peak[1]) / 1024;
    console.log(`      ${name}: ${bytes?.length ?? 'sparse'} bytes in, exit ${result.status}, peak RSS ${rssMb.toFixed(0)} MB`);
    return { code: result.status, stderr: result.stderr, rssMb };
  }

  function refused(name: string, bytes: Uint8Array | undefined, message: RegExp, inputPath?: string) {
    const result = convert(name, bytes, inputPath);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, message);
    assert.ok(result.rssMb < RSS_BUDGET_MB, `peak RSS ${result.rssMb.toFixed(0)} MB is under ${RSS_BUDGET_MB} MB`);
  }

  it('a row number beyond 1,048,576 (a 0.7 KB workbook) is a damaged workbook, not an out-of-memory crash', () => {
    refused('rowbomb.xlsx', workbook(sheet('<row r="300000000"><c r="A300000000" t="inlineStr"><is><t>a@b.it</t></is></c></row>')), /damaged \(row number "300000000" is outside 1 to 1,048,576\)/);
  });

  it('a column beyond XFD is a damaged workbook', () => {
    refused('colbomb.xlsx', workbook(sheet('<row r="2"><c r="ZZZZZZZ2" t="inlineStr"><is><t>a@b.it</t></is></c></row>')), /damaged \(cell ZZZZZZZ2 is beyond column XFD/);
  });

  it('rows must come in increasing order', () => {
    const bytes = workbook(sheet('<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'));
    assert.throws(() => readXlsx(bytes), isConvertError(/damaged \(row 2 comes after row 3\)/));
  });

  it('a sheet of more than 5,000,000 cells (400 rows reaching column XFD) is refused', () => {
    let rows = '';
    for (let r = 2; r <= 400; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`;
    refused('cellbomb.xlsx', workbook(sheet(rows)), /more than 5,000,000 cells, the most convert reads/);
  });

  it('160,000 unclosed rows in 2 KB are a damaged workbook, in time linear in the rows', () => {
    refused('quad.xlsx', workbook(sheet('<row>'.repeat(160_000))), /damaged \(<row> is not closed\)/);
    // Time against size, not a wall clock: 16 small parts against one 16 times larger. A scan that
    // restarts at every unclosed element takes 16 times longer on the large one; a forward scan, about as long.
    const small = [workbook(sheet('<row>'.repeat(20_000))), workbook(sheet(`<row r="2">${'<c r="A2">'.repeat(20_000)}</row>`))];
    const large = [workbook(sheet('<row>'.repeat(320_000))), workbook(sheet(`<row r="2">${'<c r="A2">'.repeat(320_000)}</row>`))];
    const elapsed = (bytes: Uint8Array, times: number) => {
      const start = performance.now();
      for (let i = 0; i < times; i++) assert.throws(() => readXlsx(bytes), isConvertError(/is not closed/));
      return performance.now() - start;
    };
    for (let k = 0; k < small.length; k++) {
      elapsed(large[k], 1);
      const smallMs = Math.min(elapsed(small[k], 16), elapsed(small[k], 16));
      const largeMs = Math.min(elapsed(large[k], 1), elapsed(large[k], 1));
      console.log(`      ${k ? 'unclosed cells' : 'unclosed rows'}: 16 x 20,000 in ${smallMs.toFixed(1)} ms, 1 x 320,000 in ${largeMs.toFixed(1)} ms, ratio ${(largeMs / smallMs).toFixed(2)}`);
      assert.ok(largeMs < 6 * smallMs + 5, `one part 16 times larger took ${largeMs.toFixed(1)} ms against ${smallMs.toFixed(1)} ms for 16 small ones`);
    }
  });

  it('a character reference that is no character (&#99999999;) is a damaged workbook', () => {
    refused('entity.xlsx', workbook(sheet('<row r="2"><c r="A2" t="inlineStr"><is><t>&#99999999;</t></is></c></row>')), /damaged \(&#99999999; is not a character\)/);
  });

  it('a zip bomb whose parts claim to be small is stopped at 64 MB actually unpacked', () => {
    const unit = strToU8('<row><c><v>1</v></c></row>');
    const rows = new Uint8Array(96 * 1024 * 1024);
    for (let at = 0; at + unit.length <= rows.length; at += unit.length) rows.set(unit, at);
    const bytes = workbook(rows);
    // Every local and central header of the package now declares 1 KB unpacked for every part.
    const view = Buffer.from(bytes);
    for (let at = 0; at + 4 <= view.length; at++) {
      const signature = view.readUInt32LE(at);
      if (signature === 0x04034b50 && at + 26 <= view.length) view.writeUInt32LE(1024, at + 22);
      else if (signature === 0x02014b50 && at + 28 <= view.length) view.writeUInt32LE(1024, at + 24);
    }
    console.log(`      bomb.xlsx: ${view.length} bytes unpacking to ${rows.length / 1024 / 1024} MB`);
    assert.throws(() => readXlsx(view), isConvertError(/unpacks to more than 64 MB/));
    refused('bomb.xlsx', view, /the workbook unpacks to more than 64 MB, the most convert reads/);
  });

  it('parts under the limit one by one but over it together are refused', () => {
    const half = new Uint8Array(MAX_XLSX_UNPACKED_BYTES / 2 + 1024).fill(0x20);
    const bytes = workbook(half, { 'xl/sharedStrings.xml': half });
    assert.throws(() => readXlsx(bytes), isConvertError(/unpacks to more than 64 MB/));
  });

  it('the editor\'s "Create User List from This Export" reads through the same limits (its readExport)', () => {
    const hostile = [
      workbook(sheet('<row r="300000000"><c r="A300000000"><v>1</v></c></row>')),
      workbook(sheet('<row r="2"><c r="ZZZZZZZ2"><v>1</v></c></row>')),
      workbook(sheet('<row>'.repeat(160_000))),
      workbook(sheet('<row r="2"><c r="A2" t="inlineStr"><is><t>&#99999999;</t></is></c></row>')),
    ];
    for (const bytes of hostile) assert.throws(() => readExport(bytes, '/home/admin/export.xlsx'), isConvertError(/it is not a readable \.xlsx workbook: the file is damaged/));
  });

  it('a workbook written as a stream (sizes after each part, as some tools write them) still reads', () => {
    const out: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      out.push(chunk);
    });
    const parts: Record<string, string> = {
      'xl/workbook.xml': '<workbook><sheets><sheet name="Users" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet('<row r="2"><c r="A2" t="inlineStr"><is><t>anna@x.com</t></is></c><c r="B2" t="inlineStr"><is><t>Anna</t></is></c></row>'),
    };
    for (const [name, text] of Object.entries(parts)) {
      const file = new ZipDeflate(name);
      zip.add(file);
      file.push(strToU8(text), true);
    }
    zip.end();
    const bytes = Buffer.concat(out);
    assert.equal(bytes.readUInt16LE(6) & 8, 8, 'the first part has its sizes after its data');
    assert.deepEqual(readXlsx(bytes).rows, [['Email', 'Name'], ['anna@x.com', 'Anna']]);
  });

  it('a CSV over 256 MB is refused before it is read, with the size limit named', () => {
    const path = join(dir, 'huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 257 * 1024 * 1024);
    closeSync(fd);
    refused('huge.csv', undefined, /huge\.csv: 257 MB is more than the 256 MB convert reads/, path);
  });
});
