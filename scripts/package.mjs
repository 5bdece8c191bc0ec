// `npm run package`: builds the production bundles into a staging folder together with the files
// .vscodeignore lets through, and packs that folder with vsce. Building in a private folder means a
// development build writing dist/ at the same moment cannot end up in the VSIX.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vsce = require('@vscode/vsce');

/** `--stage DIR` and `--out FILE` let a test package into a private place. */
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? resolve(process.argv[i + 1]) : fallback;
}
const stage = option('--stage', join(root, 'out', 'package'));
const vsixPath = option('--out', join(root, 'cyberguru-userlist.vsix'));
// The repository is a placeholder until the project is published; relative README links point there.
const REPOSITORY = 'https://example.invalid/cyberguru-userlist';

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

// Everything .vscodeignore lets through, except the bundles, which are built fresh below.
const files = (await vsce.listFiles({ cwd: root, dependencies: false })).filter((f) => !f.startsWith('dist/'));
for (const file of [...files, '.vscodeignore']) {
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  copyFileSync(join(root, file), join(stage, file));
}
// The staged manifest must not ask vsce to build again (there are no sources in the stage).
const manifest = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8'));
delete manifest.scripts;
delete manifest.devDependencies;
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${join(stage, 'dist')}`], { cwd: root, stdio: 'inherit' });

/** The extension's bundles: the activation bundle, then the ones it requires on first use (esbuild.mjs). */
const EXTENSION_BUNDLES = ['extension.js', 'sidebar.js', 'schemas.js', 'codeTables.js', 'convert.js', 'encodings.js'];
/** The CLI: the launcher, its bundle, and the bundles of `convert` and `report`. */
const CLI_BUNDLES = ['cli.js', 'cliMain.js', 'cliConvert.js', 'cliReport.js'];
for (const bundle of [...EXTENSION_BUNDLES, ...CLI_BUNDLES]) {
  const text = readFileSync(join(stage, 'dist', bundle), 'utf8');
  if (text.includes('sourceMappingURL')) throw new Error(`${bundle} is not a production build`);
}

await vsce.createVSIX({
  cwd: stage,
  packagePath: vsixPath,
  dependencies: false,
  baseContentUrl: `${REPOSITORY}/blob/main`,
  baseImagesUrl: `${REPOSITORY}/raw/main`,
});
const size = (f) => statSync(f).size.toLocaleString('en');
console.log(
  `VSIX ${size(vsixPath)} bytes; ${[...EXTENSION_BUNDLES, ...CLI_BUNDLES].map((b) => `dist/${b} ${size(join(stage, 'dist', b))} bytes`).join('; ')}`,
);
