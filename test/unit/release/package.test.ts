import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rules } from '../../../src/lint';
import { packagedFiles, REPO_ROOT } from './packagedFiles';

/** The budget for the extension bundle that every VS Code window loads. */
const BUNDLE_BUDGET_BYTES = 300 * 1024;

interface Manifest {
  main: string;
  icon?: string;
  contributes?: {
    grammars?: { path: string }[];
    jsonValidation?: { url: string }[];
    viewsContainers?: Record<string, { icon?: string }[]>;
    commands?: { icon?: string | { light: string; dark: string } }[];
  };
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const relative = (p: string) => p.replace(/^\.\//, '');

/** Only runtime files and the Marketplace page's files may ship. */
const SHIPPABLE = [
  /^package\.json$/,
  /^package\.nls(\.[a-z-]+)?\.json$/,
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^dist\/(extension|cli)\.js$/,
  /^l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^schemas\/[\w.-]+\.json$/,
  /^media\/(icons\/)?[\w.-]+\.(png|svg)$/,
  /^docs\/rules\/CG\d{3}\.md$/,
];

describe('the packaged VSIX (vsce file list)', function () {
  this.timeout(60_000);
  let files: string[] = [];
  before(async () => {
    files = await packagedFiles();
  });

  it('ships nothing but runtime files: no sources, tests, maps or node_modules', () => {
    const unexpected = files.filter((f) => !SHIPPABLE.some((re) => re.test(f)));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(
      files.filter((f) => /\.(ts|map)$|(^|\/)(node_modules|src|test|out|bench|scripts)\//.test(f)),
      [],
    );
  });

  it('ships the bundle, the CLI, the manifest strings, license, changelog and readme', () => {
    for (const f of ['package.json', 'package.nls.json', 'dist/extension.js', 'dist/cli.js', 'LICENSE', 'CHANGELOG.md', 'README.md']) {
      assert.ok(files.includes(f), `${f} is not in the VSIX`);
    }
  });

  it('ships every file the manifest points to (entry point, icon, grammar, JSON schema, view icons)', () => {
    const referenced = [
      manifest.main,
      manifest.icon,
      ...(manifest.contributes?.grammars ?? []).map((g) => g.path),
      ...(manifest.contributes?.jsonValidation ?? []).map((j) => j.url).filter((u) => !/^[a-z]+:/.test(u)),
      ...Object.values(manifest.contributes?.viewsContainers ?? {}).flat().map((c) => c.icon),
      ...(manifest.contributes?.commands ?? []).flatMap((c) => (typeof c.icon === 'object' ? [c.icon.light, c.icon.dark] : [c.icon])),
    ].filter((p): p is string => typeof p === 'string');
    const missing = referenced.map(relative).filter((p) => !files.includes(p));
    assert.deepEqual(missing, []);
  });

  it('ships the documentation page of every rule, so diagnostic links work offline', () => {
    const missing = rules.map((r) => r.docsPath).filter((p) => !files.includes(p));
    assert.deepEqual(missing, []);
  });

  it('ships the Italian string bundle', () => {
    assert.ok(files.includes('package.nls.it.json'));
    assert.ok(files.includes('l10n/bundle.l10n.it.json'));
  });
});

describe('the production bundle (what `npm run package` builds)', function () {
  this.timeout(120_000);
  let outdir = '';
  before(() => {
    outdir = mkdtempSync(join(tmpdir(), 'cyberguru-prod-'));
    execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${outdir}`], { cwd: REPO_ROOT, stdio: 'pipe' });
  });
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it(`keeps dist/extension.js under ${BUNDLE_BUDGET_BYTES / 1024} KB, minified and without a source map`, () => {
    const bundle = join(outdir, 'extension.js');
    const size = statSync(bundle).size;
    console.log(`      production dist/extension.js: ${size} bytes; dist/cli.js: ${statSync(join(outdir, 'cli.js')).size} bytes`);
    assert.ok(size < BUNDLE_BUDGET_BYTES, `extension.js is ${size} bytes`);
    const text = readFileSync(bundle, 'utf8');
    assert.doesNotMatch(text, /sourceMappingURL/);
    assert.ok(!existsSync(`${bundle}.map`));
    // Minified: long lines (only template literals keep their newlines), not one statement per line.
    const averageLine = text.length / text.split('\n').length;
    assert.ok(averageLine > 500, `extension.js does not look minified (${Math.round(averageLine)} characters per line)`);
  });

  it('keeps `vscode` out of the bundle (the host provides it)', () => {
    const text = readFileSync(join(outdir, 'extension.js'), 'utf8');
    assert.match(text, /require\("vscode"\)/);
  });
});
