// Bundles the extension and the CLI into dist/, and (with --tests) transpiles sources and tests
// file-by-file into out/ for mocha and the extension-host test runner.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  // jsonc-parser's UMD entry loads its parts with a require esbuild cannot follow: bundle its ES build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/**
 * The extension is split into bundles. VS Code loads dist/extension.js at activation; a lazy bundle holds
 * modules the extension only reaches through a `require()` at run time (on first use), so activation
 * does not compile them. Every such `require()` elsewhere becomes a `require()` of the lazy bundle's
 * file, and a static import of one of them fails the build.
 */
const LAZY_BUNDLES = {
  // The Training Completion view's working part: src/sidebar/index.ts requires it when the view shows,
  // a sidebar command runs or the API's reportTree is read.
  sidebar: ['src/sidebar/startSidebar.ts'],
  // The dashboard's webview panel: the sidebar requires it when cyberguru.showDashboard first runs. The
  // page's own script and style are media/dashboard/*, loaded only inside the webview.
  dashboard: ['src/dashboard/dashboardPanel.ts'],
  // zod and the schemas built with it: the first `.cyberguru.json`, report answer or sign-in argument
  // to check requires them.
  schemas: ['src/lint/config/configSchema.ts', 'src/report/answerSchemas.ts', 'src/sidebar/connection/signInSchema.ts'],
  // "Create User List from This Export": the converter and the .xlsx reader; src/editor/index.ts
  // requires it when the command first runs.
  convert: ['src/editor/createUserList.ts'],
  // The country and language code tables: the first lint of a user list requires them (a CSV that is
  // not a user list never does).
  codeTables: [
    'node_modules/i18n-iso-countries/index.js',
    'node_modules/i18n-iso-countries/langs/en.json',
    'node_modules/i18n-iso-countries/langs/it.json',
    'node_modules/iso-639-1/src/index.js',
  ],
  // The encoding detector and the legacy code pages: only a file that is not UTF-8 requires them.
  encodings: ['node_modules/chardet/lib/index.js', 'node_modules/iconv-lite/lib/index.js'],
};

/** The engine modules the converter reads exports with: shared by the bundles that convert (extension and CLI). */
const CONVERTER_ENGINE_MODULES = [
  'src/lint/columns/index.ts',
  'src/lint/columns/headerAliases.ts',
  'src/lint/columns/mapColumns.ts',
  'src/lint/reader/readCsv.ts',
  'src/lint/reader/detectDelimiter.ts',
  'src/lint/codes/countries.ts',
  'src/lint/codes/languages.ts',
  'src/lint/codes/roles.ts',
  'src/lint/encoding/index.ts',
];

/**
 * Modules of dist/extension.js that lazy bundles import too. They take the loaded activation bundle's
 * copy, so each exists once: one set of registered secrets for masking, one UserFacingError class for
 * the command wrapper's `instanceof`. The build fails if any module ends up in two bundles.
 */
const SHARED_MODULES = [
  'src/util/log.ts',
  'src/util/commandWrapper.ts',
  'src/util/lazy.ts',
  'src/util/safeWrite.ts',
  'src/util/inertLinks.ts',
  'src/util/settingLimits.ts',
  'src/lint/index.ts',
  'src/util/sliceClock.ts',
  // The engine pieces the converter (dist/convert.js) reads exports with.
  ...CONVERTER_ENGINE_MODULES,
  'src/sidebar/constants.ts',
  'src/sidebar/connection/connectionStore.ts',
];

const root = dirname(fileURLToPath(import.meta.url));
const fromRoot = (path) => relative(root, path).split(sep).join('/');
const bundleOf = new Map(Object.entries(LAZY_BUNDLES).flatMap(([bundle, modules]) => modules.map((m) => [m, bundle])));
/** A virtual module standing for a module of another bundle (pluginData: that bundle's file and export). */
const OTHER_BUNDLE = 'other-bundle';
const RESOLVING = Symbol('resolving');

/**
 * The CLI is split the same way: dist/cliMain.js (run through V8's code cache by dist/cli.js) holds the
 * program, its options and `lint`; a lazy bundle holds what only another command or an unusual file
 * needs, required on first use. A lint of a UTF-8 list loads none of them.
 */
const CLI_LAZY_BUNDLES = {
  // `cyberguru convert`: the converter, the .xlsx reader and the JSON-with-comments writer.
  cliConvert: ['src/cli/convertRun.ts'],
  // `cyberguru report`: the reporting API client and the history store.
  cliReport: ['src/cli/reportRun.ts'],
};
/**
 * The extension's lazy bundles the CLI requires too: self-contained (they take no module from
 * dist/extension.js). The encoding detector and the legacy code pages were more than a third of the
 * CLI's bundle, and only a file that is not UTF-8 needs them; zod and the schemas only a
 * .cyberguru.json or a report answer to check.
 */
const CLI_REUSED_BUNDLES = ['encodings', 'schemas'];
/**
 * Modules of dist/cliMain.js the CLI's lazy bundles import too: they take the running bundle's copy
 * (src/cli/codeCache.ts registers it as require would), so each exists once. The build fails if any
 * module ends up in two of the CLI's bundles.
 */
const CLI_SHARED_MODULES = [
  'src/lint/index.ts',
  'src/lint/output/jsonOutput.ts',
  'src/lint/output/textOutput.ts',
  'src/util/safeWrite.ts',
  'src/util/terminalText.ts',
  'src/convert/types.ts',
  'src/report/connection.ts',
  'src/report/history/retention.ts',
  'src/cli/reportOptions.ts',
  'src/util/lazy.ts',
  // The engine pieces the converter reads exports with (as for dist/convert.js).
  ...CONVERTER_ENGINE_MODULES,
  'src/lint/columns/looksLikeUserList.ts',
  'src/report/errors.ts',
];
const cliBundleOf = new Map([
  ...[...bundleOf].filter(([, bundle]) => CLI_REUSED_BUNDLES.includes(bundle)),
  ...Object.entries(CLI_LAZY_BUNDLES).flatMap(([bundle, modules]) => modules.map((m) => [m, bundle])),
]);
const EXTENSION_SPLIT = { lazyBundleOf: bundleOf, sharedModules: SHARED_MODULES, mainBundle: 'extension' };
const CLI_SPLIT = { lazyBundleOf: cliBundleOf, sharedModules: CLI_SHARED_MODULES, mainBundle: 'cliMain' };

/**
 * Redirects imports that belong to another bundle: a lazy one (`lazyBundleOf`), or for a lazy bundle
 * the main bundle's shared modules. EXTENSION_SPLIT for the extension, CLI_SPLIT for the CLI.
 */
function splitBundles(bundle, { lazyBundleOf, sharedModules, mainBundle } = EXTENSION_SPLIT) {
  return {
    name: 'split-bundles',
    setup(build) {
      build.onResolve({ filter: /^\.\/\w+\.js$/, namespace: OTHER_BUNDLE }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === RESOLVING || args.namespace === OTHER_BUNDLE || args.path === 'vscode') return undefined;
        const { kind, importer, resolveDir } = args;
        const resolved = await build.resolve(args.path, { kind, importer, resolveDir, pluginData: RESOLVING });
        if (resolved.errors.length > 0 || resolved.external) return undefined;
        const module = fromRoot(resolved.path);
        const lazyBundle = lazyBundleOf.get(module);
        if (lazyBundle && lazyBundle !== bundle) {
          if (kind !== 'require-call') {
            return { errors: [{ text: `${module} is in the lazy bundle dist/${lazyBundle}.js: load it with require() where it is first needed, not with an import` }] };
          }
          return { path: module, namespace: OTHER_BUNDLE, pluginData: { file: `./${lazyBundle}.js`, table: 'lazyModules' } };
        }
        if (bundle !== mainBundle && sharedModules.includes(module)) {
          return { path: module, namespace: OTHER_BUNDLE, pluginData: { file: `./${mainBundle}.js`, table: 'sharedModules' } };
        }
        return undefined;
      });
      build.onLoad({ filter: /.*/, namespace: OTHER_BUNDLE }, ({ path, pluginData: { file, table } }) => ({
        contents:
          `const module_ = require(${JSON.stringify(file)}).${table}[${JSON.stringify(path)}];\n` +
          `if (!module_) throw new Error(${JSON.stringify(`${file} has no ${path}`)});\n` +
          'module.exports = module_;\n',
        loader: 'js',
      }));
    },
  };
}

/**
 * An entry that exports the given modules by path in `table`, besides what `reexport` exports. Shared
 * modules: their namespaces (the lazy bundles import them). Lazy modules: a getter that requires the
 * module, so each one runs on first use as before the split (requiring the bundle only compiles it), and
 * gives what require() gave then (for a package's CommonJS module or JSON file, its own exports).
 */
function tableEntry(name, table, modules, { reexport, lazy = false } = {}) {
  const lines = lazy ? [] : modules.map((m, i) => `import * as m${i} from './${m}';`);
  if (reexport) lines.push(`export * from './${reexport}';`);
  const member = (m, i) => (lazy ? `get ${JSON.stringify(m)}() { return require(${JSON.stringify(`./${m}`)}); }` : `${JSON.stringify(m)}: m${i}`);
  lines.push(`export const ${table} = { ${modules.map(member).join(', ')} };`);
  return { contents: lines.join('\n'), resolveDir: root, sourcefile: `${name}.bundle.js`, loader: 'js' };
}

const VSCODE_NAMESPACE_IMPORT = "import * as vscode from 'vscode';";

/**
 * Compiles `import * as vscode from 'vscode'` as `const vscode = require('vscode')`. For a namespace
 * import of an external CommonJS module esbuild copies all its members into a new object (its ESM
 * interop, `__toESM`) in every importing module. The host's API object has about 200 (namespaces,
 * classes, enums): the 21 copies at activation took 18 ms of the extension host's time in a CPU profile,
 * compiling the bundle 6 ms. The API object itself serves every `vscode.X`; the sources keep the usual
 * import (type-checked by tsc), only the bundles change. Any other value import of `vscode` fails the
 * build, since it would bring a copy back.
 */
const vscodeAsRequire = {
  name: 'vscode-as-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (/^import (?!type )(?!\* as vscode from)[^;]*from 'vscode';/m.test(source)) {
        return { errors: [{ text: `${fromRoot(args.path)}: import the API as \`${VSCODE_NAMESPACE_IMPORT}\` (see vscodeAsRequire in esbuild.mjs)` }] };
      }
      if (!source.includes(VSCODE_NAMESPACE_IMPORT)) return undefined;
      return { contents: source.replace(VSCODE_NAMESPACE_IMPORT, "import vscode = require('vscode');"), loader: 'ts' };
    });
  },
};

/**
 * The CLI's bundle requires `node:child_process` on first use instead of at start-up. Only commander
 * imports it, for git-style external subcommands, which `cyberguru` has none of; loading it (with the
 * net and stream modules it pulls in) took about 8 ms of every run's start in a CPU profile.
 */
const LAZY_BUILTIN = 'lazy-builtin';
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === LAZY_BUILTIN ? { path: 'node:child_process', external: true } : { path: 'node:child_process', namespace: LAZY_BUILTIN },
    );
    build.onLoad({ filter: /.*/, namespace: LAZY_BUILTIN }, () => ({
      contents:
        'let loaded;\n' +
        "module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

/** Fails when a module is in two of the extension's bundles (two copies of its state and classes). */
function assertNoModuleTwice(results) {
  const bundlesOf = new Map();
  for (const [bundle, result] of Object.entries(results)) {
    for (const output of Object.values(result.metafile.outputs)) {
      for (const input of Object.keys(output.inputs)) {
        if (input.includes(':') || input.endsWith('.bundle.js')) continue;
        bundlesOf.set(input, [...(bundlesOf.get(input) ?? []), bundle]);
      }
    }
  }
  const twice = [...bundlesOf].filter(([, bundles]) => bundles.length > 1).map(([m, bundles]) => `${m} (${bundles.join(', ')})`);
  if (twice.length > 0) {
    throw new Error(`Modules bundled twice: ${twice.join('; ')}. Add the module to SHARED_MODULES (CLI_SHARED_MODULES for the CLI) or a lazy bundle in esbuild.mjs.`);
  }
}

function extensionBuild(bundle, entry) {
  return esbuild.build({
    ...common,
    stdin: entry,
    outfile: `${outdir}/${bundle}.js`,
    external: ['vscode'],
    metafile: true,
    plugins: [vscodeAsRequire, splitBundles(bundle)],
  });
}

/**
 * The CLI: its bundle (dist/cliMain.js) and the bundles of the commands it requires on first use
 * (CLI_LAZY_BUNDLES), then the `cyberguru` bin (dist/cli.js) that runs dist/cliMain.js through V8's code
 * cache (src/cli/codeCache.ts), with the bundle's hash so a new build never takes an old cache.
 */
async function buildCli() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const cliBuild = (bundle, entry) =>
    esbuild.build({ ...common, stdin: entry, outfile: `${outdir}/${bundle}.js`, metafile: true, plugins: [splitBundles(bundle, CLI_SPLIT)] });
  const [main, ...lazy] = await Promise.all([
    esbuild.build({
      ...common,
      stdin: tableEntry('cliMain', 'sharedModules', CLI_SHARED_MODULES, { reexport: 'src/cli/main.ts' }),
      outfile: `${outdir}/cliMain.js`,
      metafile: true,
      plugins: [lazyChildProcess, splitBundles('cliMain', CLI_SPLIT)],
      define: { CLI_VERSION: JSON.stringify(version) },
    }),
    ...Object.entries(CLI_LAZY_BUNDLES).map(([bundle, modules]) => cliBuild(bundle, tableEntry(bundle, 'lazyModules', modules, { lazy: true }))),
  ]);
  assertNoModuleTwice({ cliMain: main, ...Object.fromEntries(Object.keys(CLI_LAZY_BUNDLES).map((bundle, i) => [bundle, lazy[i]])) });
  const hash = createHash('sha256').update(readFileSync(`${outdir}/cliMain.js`)).digest('hex').slice(0, 16);
  await esbuild.build({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: `${outdir}/cli.js`,
    banner: { js: '#!/usr/bin/env node' },
    define: { CLI_MAIN_HASH: JSON.stringify(hash) },
  });
  return main;
}

writeL10nBundles();
const [extension, ...lazyResults] = await Promise.all([
  extensionBuild('extension', tableEntry('extension', 'sharedModules', SHARED_MODULES, { reexport: 'src/extension.ts' })),
  ...Object.entries(LAZY_BUNDLES).map(([bundle, modules]) => extensionBuild(bundle, tableEntry(bundle, 'lazyModules', modules, { lazy: true }))),
  buildCli(),
  // The CLI's second lint thread: only the engine, so it starts fast.
  esbuild.build({ ...common, entryPoints: ['src/cli/lintPartWorker.ts'], outfile: `${outdir}/lintPartWorker.js` }),
  esbuild.build({ ...common, entryPoints: ['src/emulator/cli.ts'], outfile: `${outdir}/emulator.js` }),
]);
assertNoModuleTwice({ extension, ...Object.fromEntries(Object.keys(LAZY_BUNDLES).map((bundle, i) => [bundle, lazyResults[i]])) });

if (args.has('--tests')) {
  // Unbundled so each test file loads only what it imports; `vscode` stays a runtime require.
  await esbuild.build({
    entryPoints: [...filesUnder('src', '.ts'), ...filesUnder('test', '.ts'), ...filesUnder('scripts', '.ts'), ...filesUnder('bench', '.ts')],
    outdir: 'out',
    outbase: '.',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
