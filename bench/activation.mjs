// `npm run bench:activation`: the extension's activation cost outside the host. Builds the production
// bundles into a temp folder, then, in a fresh node process per run, times require() of the activation
// bundle dist/extension.js and the activate() call separately against a stub `vscode` module, checks
// which bundles activation loaded (only extension.js), and times the first read of the API's reportTree
// (which requires the lazy bundle dist/sidebar.js) and the require() of the bundles the first lint of a
// user list requires (dist/codeTables.js; dist/schemas.js if a .cyberguru.json applies). Prints the
// median of each and the bundles' sizes.
// `--bundles=DIR` times bundles built elsewhere instead (e.g. another commit's `node esbuild.mjs
// --production --outdir=DIR`), to alternate two builds in one session.
// `--cpu-prof` also writes a CPU profile of one run (open it in Chrome DevTools) to find top-level costs.
// The stub (scripts/vscodeStub.cjs) answers every API the extension touches at activation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 9);
const profile = process.argv.includes('--cpu-prof');
const prebuilt = option('bundles');

const work = mkdtempSync(join(tmpdir(), 'cg-activation-'));
const dir = prebuilt ? resolve(prebuilt) : work;
if (!prebuilt) execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${dir}`], { cwd: root, stdio: 'inherit' });

// Runs in the child: installs the stub as `vscode`, then loads and activates the bundle.
const child = `
const { performance } = require('node:perf_hooks');
const { createVscodeStub, installVscodeStub, stubExtensionContext } = require(${JSON.stringify(join(root, 'scripts', 'vscodeStub.cjs'))});
const vscode = createVscodeStub();
installVscodeStub(vscode);
const context = stubExtensionContext(vscode, ${JSON.stringify(root)});
const t0 = performance.now();
const ext = require(${JSON.stringify(join(dir, 'extension.js'))});
const t1 = performance.now();
const api = ext.activate(context);
const t2 = performance.now();
if (!api || !('reportTree' in api)) throw new Error('activate() did not return the report tree');
const bundlesLoaded = () => Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(dir + '/')})).map((f) => f.slice(${dir.length + 1})).filter((f) => f.endsWith('.js')).sort();
const loadedByActivation = bundlesLoaded();
const t3 = performance.now();
const tree = api.reportTree;
const t4 = performance.now();
if (typeof tree?.getChildren !== 'function') throw new Error('the reportTree the API returned is not a tree data provider');
const loadedByReportTree = bundlesLoaded().filter((f) => !loadedByActivation.includes(f));
const firstLint = {};
for (const bundle of ['codeTables.js', 'schemas.js']) {
  if (!require('node:fs').existsSync(${JSON.stringify(dir)} + '/' + bundle)) continue;
  const start = performance.now();
  require(${JSON.stringify(dir)} + '/' + bundle);
  firstLint[bundle] = performance.now() - start;
}
process.stdout.write(JSON.stringify({ require: t1 - t0, activate: t2 - t1, reportTree: t4 - t3, firstLint, subscriptions: context.subscriptions.length,
  loadedByActivation, loadedByReportTree }));
`;
const script = join(work, 'run.cjs');
writeFileSync(script, child);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
const runChild = () => JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
for (let i = 0; i < runs; i++) results.push(runChild());
if (profile) {
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${join(root, 'out', 'bench')}`, script], { encoding: 'utf8' });
  console.log(`CPU profile written to ${join(root, 'out', 'bench')}`);
}
const fmt = (x) => x.toFixed(1).padStart(6);
const bytes = (file) => statSync(join(dir, file)).size.toLocaleString('en');
const bundles = readdirSync(dir).filter((f) => /^(extension|sidebar|schemas|codeTables)\.js$/.test(f)).sort();
console.log(`activation over ${runs} runs (median ms): require ${fmt(median(results.map((r) => r.require)))}; activate() ${fmt(median(results.map((r) => r.activate)))}; total ${fmt(median(results.map((r) => r.require + r.activate)))}`);
console.log(`first read of the API's reportTree after activation (median ms): ${fmt(median(results.map((r) => r.reportTree)))}`);
console.log(`bundles loaded by activation: ${results[0].loadedByActivation.join(', ')}; by the first reportTree read: ${results[0].loadedByReportTree.join(', ') || 'none'}`);
const firstLint = Object.keys(results[0].firstLint);
if (firstLint.length > 0) {
  console.log(`require() of the first lint's bundles (median ms): ${firstLint.map((f) => `${f} ${fmt(median(results.map((r) => r.firstLint[f]))).trim()}`).join('; ')}`);
}
console.log(`bundle sizes (bytes): ${bundles.map((f) => `${f} ${bytes(f)}`).join('; ')}`);
console.log(`subscriptions after activate(): ${results[0].subscriptions}`);
rmSync(work, { recursive: true, force: true });
