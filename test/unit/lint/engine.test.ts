// The engine API the editor and the CLI rely on: time slicing, cancellation, streaming, hovers, config.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import {
  applyEdits,
  countryName,
  DOCS_BASE_URL,
  languageName,
  lintText,
  lintTextAsync,
  looksLikeUserList,
  parseConfig,
  ruleByCode,
  rules,
  type Problem,
} from '../../../src/lint';
import { configSchema } from '../../../src/lint/config/configSchema';
import { DeferredKeys } from '../../../src/lint/engine/repeats/deferredKeys';
import { LintStream } from '../../../src/lint/engine/lintStream';
import { allRules } from '../../../src/lint/rules/registry';
import { readBaselineText } from '../../../src/lint/baseline';
import { csv, GOOD_ROW } from './helpers';
import { generateUserList } from '../../../bench/lintUserList';

const root = join(__dirname, '../../../..');
const sample = readFileSync(join(root, 'samples/users-broken.csv'), 'utf8');

/** What a user sees of a problem, independent of object identity. */
const shown = (p: Problem) => `${p.code} ${p.severity} ${p.range.start.offset}-${p.range.end.offset} ${p.message}`;

describe('lintTextAsync', () => {
  it('finds exactly what lintText finds, yielding between slices', async () => {
    const text = csv(...Array.from({ length: 3000 }, (_, i) => GOOD_ROW.replace('E1001', `E${i}`).replace('anna.', `a${i}.`).replace(',it,', i % 7 ? ',it,' : ',IT,')));
    let yields = 0;
    const result = await lintTextAsync(text, { sliceMs: 0, yieldControl: async () => void yields++ });
    assert.deepEqual(result.problems.map(shown), lintText(text).problems.map(shown));
    assert.ok(yields > 5, `only ${yields} yields`);
  });

  it('rejects with an AbortError when the signal aborts between slices', async () => {
    const controller = new AbortController();
    const text = csv(...Array.from({ length: 3000 }, () => GOOD_ROW));
    await assert.rejects(
      lintTextAsync(text, { sliceMs: 0, signal: controller.signal, yieldControl: async () => controller.abort() }),
      (err: Error) => err.name === 'AbortError',
    );
  });
});

describe('streaming (the CLI on large files)', () => {
  it('gives the same problems as lintText, whatever the chunk boundaries (even inside a character or a quoted field)', () => {
    const text = `\uFEFF${sample}"multi\nline",x\nNoël,Zoë,é@x.it,it,E9,IT,studente\n`;
    const bytes = Buffer.from(text, 'utf8');
    const expected = lintText(text).problems.map(shown).sort();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 8 }), (cuts) => {
        const stream = new LintStream();
        const problems: Problem[] = [];
        let previous = 0;
        for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
          problems.push(...stream.pushBytes(bytes.subarray(previous, cut)));
          previous = cut;
        }
        problems.push(...stream.pushBytes(bytes.subarray(previous)));
        const end = stream.end();
        problems.push(...end.problems);
        assert.deepEqual(problems.map(shown).sort(), expected);
        assert.equal(end.summary.hasBom, true);
      }),
      { numRuns: 40 },
    );
  });

  it('reports a damaged UTF-8 byte once, at the right line, across chunks', () => {
    const bytes = Buffer.concat([Buffer.from(`${csv('Zoë,Müller,z@x.it,it,E1001,IT,studente')}`), Buffer.from('Nicolò,B,n@x.it,it,E2,IT,studente\n', 'latin1')]);
    const stream = new LintStream();
    const problems = [...stream.pushBytes(bytes.subarray(0, 70)), ...stream.pushBytes(bytes.subarray(70)), ...stream.end().problems];
    const notUtf8 = problems.filter((p) => p.code === 'CG001');
    assert.equal(notUtf8.length, 1);
    assert.equal(notUtf8[0].range.start.line, 2);
  });

  it('names the encoding of a Windows-1252 file once, across chunks, and reads its letters', () => {
    const bytes = Buffer.from(csv(GOOD_ROW, 'Nicolò,Bianchi,n@x.it,it,E1002,IT,studente'), 'latin1');
    const stream = new LintStream();
    const problems = [...stream.pushBytes(bytes.subarray(0, 70)), ...stream.pushBytes(bytes.subarray(70)), ...stream.end().problems];
    assert.deepEqual(problems.map((p) => p.code), ['CG001']);
    assert.match(problems[0].message, /Windows-1252/);
    assert.equal(problems[0].range.start.line, 0);
  });
});

describe('results for the editor', () => {
  it('problems are sorted by offset, with ranges inside the text, and maxProblems counts the rest', () => {
    const all = lintText(sample);
    assert.deepEqual(
      all.problems.map((p) => p.range.start.offset),
      [...all.problems.map((p) => p.range.start.offset)].sort((a, b) => a - b),
    );
    const limited = lintText(sample, { maxProblems: 5 });
    assert.equal(limited.problems.length, 5);
    assert.equal(limited.truncated, all.problems.length - 5);
  });

  it('cellAt finds the cell under an offset, with its decoded value (for hovers)', () => {
    const text = 'Email,Language\n"a""b@x.it",it\n';
    const result = lintText(text);
    assert.deepEqual(result.cellAt(text.indexOf('b@')), {
      row: 1,
      column: 0,
      value: 'a"b@x.it',
      range: { start: { line: 1, column: 0, offset: 15 }, end: { line: 1, column: 11, offset: 26 } },
    });
    assert.equal(result.cellAt(text.length + 5), undefined);
  });

  it('reports the file facts: delimiter, line ends, BOM, columns, users', () => {
    const result = lintText('\uFEFFNome;E-mail;Lingua\r\nA;a@x.it;it\r\n;;\r\n');
    assert.deepEqual([result.delimiter, result.lineEnding, result.hasBom, result.userCount], [';', '\r\n', true, 1]);
    assert.deepEqual(result.columns.map((c) => [c.header, c.field]), [['Nome', 'firstName'], ['E-mail', 'email'], ['Lingua', 'language']]);
  });

  it('names codes for hovers, in the display language', () => {
    assert.equal(languageName('it', 'it'), 'italiano');
    assert.equal(languageName('de', 'en'), 'German');
    assert.equal(countryName('IT', 'it'), 'Italia');
    assert.equal(countryName('GB', 'en'), 'United Kingdom');
    assert.equal(languageName('xx', 'it'), undefined);
  });

  it('recognises a user list by its header', () => {
    assert.equal(looksLikeUserList('Nome,Cognome,E-mail\n'), true);
    assert.equal(looksLikeUserList('id,price,email\n'), false);
    assert.equal(looksLikeUserList('a,b\n'), false);
  });

  it('applyEdits skips overlapping and out-of-range edits instead of corrupting the text', () => {
    const result = applyEdits('abcdef', [
      { start: 1, end: 3, newText: 'X' },
      { start: 2, end: 4, newText: 'Y' },
      { start: 9, end: 10, newText: 'Z' },
      { start: 5, end: 5, newText: '!' },
    ]);
    assert.deepEqual(result, { text: 'aXde!f', applied: 2, skipped: 2 });
  });
});

describe('.cyberguru.json', () => {
  it('parses a valid config and explains each mistake in an invalid one', () => {
    assert.deepEqual(parseConfig('{"teamColumn":"Department","rules":{"CG212":"off"}}'), { config: { teamColumn: 'Department', rules: { CG212: 'off' } }, errors: [] });
    assert.match(parseConfig('{"teamColum":"x"}').errors[0], /teamColum/);
    assert.match(parseConfig('{"rules":{"CG999":"off"}}').errors[0], /rules\.CG999: unknown rule/);
    assert.match(parseConfig('{"columns":{"Matricola":"userid"}}').errors[0], /columns\.Matricola/);
    assert.match(parseConfig('{').errors[0], /not valid JSON/);
  });

  it('the JSON Schema the editor contributes matches the zod schema and lists every rule', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/cyberguru.schema.json'), 'utf8'));
    const fromZod = z.toJSONSchema(configSchema) as { properties: Record<string, { additionalProperties?: { enum?: string[] } }> };
    assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(fromZod.properties).sort());
    assert.deepEqual(schema.properties.columns.additionalProperties.enum, fromZod.properties.columns.additionalProperties!.enum);
    assert.deepEqual(schema.definitions.severity.enum, fromZod.properties.rules.additionalProperties!.enum);
    const convert = (fromZod.properties as unknown as Record<string, { properties: Record<string, { propertyNames?: { enum: string[] }; properties?: object }> }>).convert;
    assert.deepEqual(Object.keys(schema.properties.convert.properties).sort(), Object.keys(convert.properties).sort());
    assert.deepEqual(schema.properties.convert.properties.map.propertyNames.enum, convert.properties.map.propertyNames!.enum);
    assert.deepEqual(Object.keys(schema.properties.convert.properties.defaults.properties), Object.keys(convert.properties.defaults.properties!));
    const ruleKeys = Object.keys(schema.properties.rules.properties).sort();
    assert.deepEqual(ruleKeys, rules.flatMap((r) => [r.code, r.name]).sort());
    const samples = JSON.parse(readFileSync(join(root, 'samples/.cyberguru.json'), 'utf8'));
    assert.deepEqual(parseConfig(JSON.stringify(samples)).errors, []);
  });
});

describe('rule catalog', () => {
  it('has CG001-CG503 in order, each with a docs page with a bad and a good example', () => {
    assert.deepEqual(
      rules.map((r) => r.code),
      ['CG001', 'CG002', 'CG003', 'CG004', 'CG005', 'CG006', 'CG007', 'CG101', 'CG102', 'CG103', 'CG104', 'CG105', 'CG106', 'CG107', 'CG201', 'CG202', 'CG203', 'CG204', 'CG205', 'CG206', 'CG207', 'CG208', 'CG209', 'CG210', 'CG211', 'CG212', 'CG213', 'CG214', 'CG215', 'CG301', 'CG302', 'CG303', 'CG401', 'CG501', 'CG502', 'CG503'],
    );
    for (const rule of rules) {
      const page = readFileSync(join(root, rule.docsPath), 'utf8');
      assert.match(page, new RegExp(`^# ${rule.code} ${rule.name}`), rule.docsPath);
      assert.match(page, /## Bad/, rule.docsPath);
      assert.match(page, /## Good/, rule.docsPath);
      if (rule.fixable !== 'no') assert.match(page, /## Fix/, rule.docsPath);
    }
    assert.equal(ruleByCode('CG207')?.name, 'language-code');
    assert.ok(DOCS_BASE_URL.startsWith('https://'));
  });

  it('every message and fix title has an Italian translation with the same placeholders', () => {
    const italian: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n/it/rules.json'), 'utf8'));
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const templates = new Set(allRules.flatMap((r) => Object.values(r.messages)));
    for (const template of templates) {
      assert.ok(italian[template], `no Italian for: ${template}`);
      assert.deepEqual(placeholders(italian[template]), placeholders(template), template);
    }
    assert.deepEqual(Object.keys(italian).filter((k) => !templates.has(k)), [], 'stale Italian entries');
  });
});

describe('docs/rules examples', () => {
  /** The csv blocks of a section, with the BOM written as \uFEFF, and the config the page states, if any. */
  function examples(page: string, section: 'Bad' | 'Good' | 'Baseline'): { csv: string[]; config: object | undefined } {
    const body = page.split(`## ${section}\n`)[1]?.split('\n## ')[0] ?? '';
    const config = body.match(/With `(\{.*?\})`/)?.[1];
    const csv = [...body.matchAll(/```csv\n([\s\S]*?)\n```/g)].map((m) => `${m[1].replace('\\uFEFF', '\uFEFF')}\n`);
    return { csv, config: config ? JSON.parse(config) : undefined };
  }

  it('every Bad example shows its rule and every Good example does not', () => {
    let checked = 0;
    for (const rule of rules) {
      const page = readFileSync(join(root, rule.docsPath), 'utf8');
      for (const section of ['Bad', 'Good'] as const) {
        const { csv: blocks, config } = examples(page, section);
        // The baseline rules' pages show the baseline the examples are compared with.
        const baselineText = examples(page, 'Baseline').csv[0];
        const baseline = baselineText === undefined ? undefined : readBaselineText(baselineText, 'baseline.csv');
        for (const block of blocks) {
          const codes = lintText(block, { config, baseline }).problems.map((p) => p.code);
          assert.equal(codes.includes(rule.code), section === 'Bad', `${rule.code} ${section} example: ${codes.join(' ')}\n${block}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 50, `only ${checked} examples checked`);
  });
});

describe('deferred duplicate keys', () => {
  it('resolve each entry to the first earlier equal one, and list the repeating entries in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), fc.boolean(), (values, collide) => {
        const keys = new DeferredKeys();
        // Colliding hashes force the `same` check to tell values apart.
        values.forEach((v, i) => keys.add(collide ? 7 : v * 0x9e3779b1, i));
        const earlier = keys.resolve((a, b) => values[a] === values[b]);
        values.forEach((v, i) => assert.equal(earlier[i], values.indexOf(v) === i ? -1 : values.indexOf(v)));
        // The repeating entries, in entry order: what the duplicate rules walk instead of every entry.
        assert.deepEqual([...keys.repeats], values.flatMap((v, i) => (values.indexOf(v) === i ? [] : [i])));
      }),
      { numRuns: 100 },
    );
  });

  it('resolve exactly on many keys, where distinct hashes share buckets', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 2000, maxLength: 6000 }), (values) => {
        const keys = new DeferredKeys();
        values.forEach((v, i) => keys.add(Math.imul(v ^ (v >>> 7), 0x2c1b3c6d), i));
        const earlier = keys.resolve((a, b) => values[a] === values[b]);
        const first = new Map<number, number>();
        const expected = values.map((v, i) => (first.has(v) ? first.get(v)! : (first.set(v, i), -1)));
        assert.deepEqual([...earlier], expected);
        assert.deepEqual([...keys.repeats], expected.flatMap((e, i) => (e >= 0 ? [i] : [])));
      }),
      { numRuns: 20 },
    );
  });
});

describe('JSON output', () => {
  it('writes exactly what problemToJson describes', async () => {
    const { JsonOutput, problemToJson } = await Promise.resolve(require('../../../src/lint/output/jsonOutput') as typeof import('../../../src/lint/output/jsonOutput'));
    let written = '';
    const output = new JsonOutput((text) => (written += text));
    const problems = lintText(sample).problems;
    output.beginFile('a "quoted" path.csv');
    output.problems('a "quoted" path.csv', problems);
    output.endFile({ file: 'a "quoted" path.csv', userCount: 6 });
    output.end();
    const json = JSON.parse(written);
    assert.deepEqual(json.files[0].problems, problems.map((p) => problemToJson('a "quoted" path.csv', p)));
    assert.equal(json.files[0].userCount, 6);
  });

  it('writes exactly what problemToJson describes for a list where rules repeat their messages', async () => {
    const { JsonOutput, problemToJson } = await Promise.resolve(require('../../../src/lint/output/jsonOutput') as typeof import('../../../src/lint/output/jsonOutput'));
    // Many CG212 "no role" problems between others, CG206 both as an error and as a warning, fixes and
    // related locations: every case of the output's reuse of a rule's last JSON.
    const text = `${generateUserList(3000)}Anna,Rossi,anna.x1@company-example.com,it,E#1001,IT,,Sales,18_30\r\nAnna,Rossi,anna.x2@company-example.com,it,E#1002,IT,,Sales,18_30\r\nZoë,Rossi,zoe@company-example.com,it,E😀1,IT,,Sales,18_30\r\n`;
    const problems = lintText(text).problems;
    const codes = new Set(problems.map((p) => `${p.code} ${p.severity}`));
    for (const seen of ['CG212 info', 'CG206 error', 'CG206 warning', 'CG301 error']) assert.ok(codes.has(seen), seen);
    let written = '';
    const output = new JsonOutput((text) => (written += text));
    const file = 'elenco utenti/società.csv';
    output.beginFile(file);
    output.problems(file, problems);
    output.endFile({ file, userCount: 3000 });
    output.end();
    assert.deepEqual(JSON.parse(written).files[0].problems, problems.map((p) => problemToJson(file, p)));
    // Non-ASCII characters (accents, an emoji in a quoted username) are escaped: the output is ASCII.
    assert.ok(problems.some((p) => p.message.includes('😀')));
    assert.doesNotMatch(written, /[^\x00-\x7f]/);
    assert.match(written, /societ\\u00e0\.csv/);
  });
});
