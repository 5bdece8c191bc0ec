// Bundles the extension and the CLI into dist/, and (with --tests) transpiles sources and tests
// file-by-file into out/ for mocha and the extension-host test runner.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
// --outdir=DIR puts the bundles elsewhere (the packaging test measures a production build in a temp dir).
const outdir = [...args].find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f.toString()))
    .filter((f) => f.endsWith(suffix) && !f.endsWith('.d.ts') && statSync(f).isFile());
}

/** Merges the per-area Italian string tables into the single bundle VS Code loads. */
function writeL10nBundles() {
  const bundle = {};
  for (const file of filesUnder('l10n/it', '.json').sort()) {
    Object.assign(bundle, JSON.parse(readFileSync(file, 'utf8')));
  }
  mkdirSync('l10n', { recursive: true });
  writeFileSync('l10n/bundle.l10n.it.json', JSON.stringify(bundle, null, 1) + '\n');
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  legalComments: 'none',
  // Node reads bundles as UTF-8: accented names and tables need no \u escapes (about 5 KB less).
  charset: 'utf8',
  logLevel: 'warning',
};

writeL10nBundles();
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['src/emulator/cli.ts'], outfile: `${outdir}/emulator.js` }),
]);

if (args.has('--tests')) {
  // Unbundled so each test file loads only what it imports; `vscode` stays a runtime require.
  await esbuild.build({
    entryPoints: [...filesUnder('src', '.ts'), ...filesUnder('test', '.ts'), ...filesUnder('scripts', '.ts')],
    outdir: 'out',
    outbase: '.',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
