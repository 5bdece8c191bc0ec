// The CLI loads only the code a run needs: a lint of a UTF-8 list loads none of the bundles beside
// dist/cliMain.js (the encoding detector and the legacy code pages, the config schemas, the convert and
// report commands); a file in another encoding, a config and the other commands still work.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { CLI, cliSuiteFolder } from '../cliHarness';

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
/** Prints, when the process ends, the files Node loaded with require() (the CLI's lazy bundles among them). */
const REPORT_LOADED = "process.on('exit', () => process.stderr.write('\\nloaded: ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The dist/ files the run required, by name. */
  bundles: string[];
}

describe('cyberguru CLI: lazily loaded bundles', function () {
  this.timeout(30_000);
  const folder = cliSuiteFolder('cyberguru-bundles-');

  function run(...args: string[]): Run {
    return runWith([], ...args);
  }

  /** run, with scripts of its own loaded first (their exit output comes before the list of loaded files). */
  function runWith(preloads: string[], ...args: string[]): Run {
    const preload = folder.file('report-loaded.js', REPORT_LOADED);
    const requires = [...preloads, preload].flatMap((file) => ['--require', file]);
    const result = spawnSync(process.execPath, [...requires, CLI, ...args], { encoding: 'utf8', env: { ...process.env, CYBERGURU_CACHE_DIR: '' } });
    const loaded = /\nloaded: (.*)\n$/.exec(result.stderr);
    assert.ok(loaded, `no list of loaded files in: ${result.stderr}`);
    const files = JSON.parse(loaded[1]) as string[];
    const bundles = files.filter((f) => /[\\/]dist[\\/][^\\/]+\.js$/.test(f)).map((f) => basename(f));
    return { code: result.status, stdout: result.stdout, stderr: result.stderr.slice(0, loaded.index), bundles };
  }

  it('lints a UTF-8 list loading no bundle but the launcher and dist/cliMain.js', () => {
    const result = run('lint', '--format', 'json', folder.file('utf8.csv', `${HEADER}\nNicolò,Rossi,nicolo@company.com,it,E1001,IT,studente\n`));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).files[0].problems, []);
    assert.deepEqual(result.bundles.sort(), ['cli.js', 'cliMain.js']);
  });

  it('prints the version loading no bundle but the launcher and dist/cliMain.js', () => {
    const result = run('--version');
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
    assert.deepEqual(result.bundles.sort(), ['cli.js', 'cliMain.js']);
  });

  it('reads a .cyberguru.json with the schemas bundle, and reports a wrong rule in it', () => {
    const list = folder.file('listWithConfig.csv', `${HEADER}\nAnna,Rossi,anna@company.com,it,E1001,IT,\n`);
    const config = folder.file('config.json', '{"rules":{"CG212":"off"}}');
    const clean = run('lint', '--format', 'json', '--config', config, list);
    assert.equal(clean.code, 0, clean.stderr);
    assert.deepEqual(JSON.parse(clean.stdout).files[0].problems, []);
    assert.ok(clean.bundles.includes('schemas.js'), `loaded ${clean.bundles.join(', ')}`);
    const wrong = run('lint', '--config', folder.file('wrong.json', '{"rules":{"CG999":"off"}}'), list);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /rules\.CG999: unknown rule/);
  });

  it('converts an export with the convert bundle only', () => {
    const input = folder.file('export.csv', 'First Name,Last Name,Mail,Lang\nAnna,Rossi,anna@company.com,it\n');
    const output = `${folder.dir}/converted.csv`;
    const result = run('convert', input, '--output', output, '--country', 'IT', '--map', 'username=Mail');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Username {3}<- "Mail"/);
    assert.deepEqual(result.bundles.sort(), ['cli.js', 'cliConvert.js', 'cliMain.js']);
  });

  it('runs a report with the report bundle (a plain-HTTP API address is refused)', () => {
    const result = spawnReport();
    assert.equal(result.code, 2);
    assert.match(result.stderr, /INSECURE_URL/);
    assert.ok(result.bundles.includes('cliReport.js') && !result.bundles.includes('cliConvert.js'), `loaded ${result.bundles.join(', ')}`);
  });

  function spawnReport(): Run {
    const previous = process.env.CYBERGURU_CLIENT_SECRET;
    process.env.CYBERGURU_CLIENT_SECRET = 'a-secret-for-the-test';
    try {
      return run('report', '--tenant', 'acme', '--api-url', 'http://platform.example');
    } finally {
      if (previous === undefined) delete process.env.CYBERGURU_CLIENT_SECRET;
      else process.env.CYBERGURU_CLIENT_SECRET = previous;
    }
  }

  it('loads the encodings bundle for a Windows-1252 list and reports its encoding', () => {
    const path = folder.file('latin1.csv', Buffer.from(`${HEADER}\nNicolò,Rossi,nicolo@company.com,it,E1001,IT,studente\n`, 'latin1'));
    const result = run('lint', '--format', 'json', path);
    assert.equal(result.code, 1);
    const problems = JSON.parse(result.stdout).files[0].problems as { code: string; message: string }[];
    assert.equal(problems[0].code, 'CG001');
    assert.match(problems[0].message, /encoded as Windows-1252 \(Latin-1\)/);
    assert.ok(result.bundles.includes('encodings.js'), `loaded ${result.bundles.join(', ')}`);
  });

  it('suggests the code for an Italian or English country name without the runtime\'s region names, and for a French one with them', () => {
    // Counts the Intl.DisplayNames the run makes: the first one starts ICU's display names (about 11 ms).
    const countDisplayNames = folder.file(
      'count-display-names.js',
      "const Made = Intl.DisplayNames; let made = 0;\n" +
        'Intl.DisplayNames = class extends Made { constructor(...args) { super(...args); made++; } };\n' +
        "process.on('exit', () => process.stderr.write('\\ndisplayNames: ' + made + '\\n'));\n",
    );
    const lint = (country: string) => {
      const list = folder.file(`country-${country}.csv`, `${HEADER}\nAnna,Rossi,anna@company.com,it,E1001,${country},studente\n`);
      const result = runWith([countDisplayNames], 'lint', '--format', 'json', list);
      const problems = JSON.parse(result.stdout).files[0].problems as { code: string; fixes: { title: string }[] }[];
      return { fix: problems.find((p) => p.code === 'CG208')?.fixes[0]?.title, displayNames: Number(/displayNames: (\d+)/.exec(result.stderr)?.[1]) };
    };
    for (const [name, code] of [['Germania', 'DE'], ['Regno Unito', 'GB'], ['Germany', 'DE']]) {
      assert.deepEqual(lint(name), { fix: `Change "${name}" to "${code}"`, displayNames: 0 }, name);
    }
    const french = lint('Allemagne');
    assert.equal(french.fix, 'Change "Allemagne" to "DE"');
    assert.ok(french.displayNames > 0);
  });

  it('lints a UTF-16 list (PowerShell 5) and reports its encoding', () => {
    const text = `\uFEFF${HEADER}\r\nNicolò,Rossi,nicolo@company.com,it,E1001,IT,studente\r\n`;
    const result = run('lint', '--format', 'json', folder.file('utf16.csv', Buffer.from(text, 'utf16le')));
    assert.equal(result.code, 1);
    const problems = JSON.parse(result.stdout).files[0].problems as { code: string; message: string }[];
    assert.deepEqual(problems.map((p) => p.code), ['CG001']);
    assert.match(problems[0].message, /encoded as UTF-16 LE/);
  });
});
