// `npm run bench:activation`: the extension's activation cost outside the host. Builds the production
// bundle into a temp folder, then, in a fresh node process per run, times require() of dist/extension.js
// and the activate() call separately against a stub `vscode` module. Prints the median of each.
// `--cpu-prof` also writes a CPU profile of one run (open it in Chrome DevTools) to find top-level costs.
// The stub answers every API the extension touches at activation: enums, classes, events, disposables.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
const profile = process.argv.includes('--cpu-prof');

const dir = mkdtempSync(join(tmpdir(), 'cg-activation-'));
execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${dir}`], { cwd: root, stdio: 'inherit' });

// Runs in the child: installs the stub as `vscode`, then loads and activates the bundle.
const child = `
const Module = require('node:module');
const { performance } = require('node:perf_hooks');
const disposable = () => ({ dispose() {} });
class EventEmitter { constructor() { this.event = () => disposable(); } fire() {} dispose() {} }
class Stub { constructor(...args) { this.args = args; } }
// The bundle copies the module's own keys (esbuild's ESM interop) and keeps its prototype, so unknown
// names are answered by a Proxy prototype. Any unknown member is a function returning a disposable-ish proxy, a constructor, or an enum value.
function deep(name) {
  const fn = function () { return deep(name + '()'); };
  const assigned = new Map();
  return new Proxy(fn, {
    set(target, key, value) { assigned.set(key, value); return true; },
    get(target, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      if (key === 'dispose') return () => {};
      if (typeof key === 'symbol') return undefined;
      return deep(name + '.' + key);
    },
    construct() { return deep('new ' + name); },
  });
}
const memento = { get: (k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} };
const vscode = Object.setPrototypeOf({
  EventEmitter, Disposable: class { constructor(f) { this.f = f; } dispose() { this.f?.(); } static from() { return disposable(); } },
  Uri: class Uri { static file(p) { return { fsPath: p, toString: () => 'file://' + p }; } static parse(s) { return { toString: () => s }; } static joinPath(u, ...p) { return { toString: () => u + '/' + p.join('/') }; } },
  l10n: { t: (m) => (typeof m === 'string' ? m : m.message) },
  workspace: new Proxy({ textDocuments: [], workspaceFolders: undefined, isTrusted: true,
    getConfiguration: () => ({ get: (k, d) => d, has: () => false, inspect: () => undefined, update: async () => {} }) },
    { get: (t, k) => (k in t ? t[k] : deep('workspace.' + String(k))) }),
  window: new Proxy({ activeTextEditor: undefined, visibleTextEditors: [] },
    { get: (t, k) => (k in t ? t[k] : deep('window.' + String(k))) }),
}, new Proxy({}, { get(t, k) {
  if (typeof k === 'symbol' || k === 'then' || k === '__esModule') return undefined;
  // Classes (Range, Diagnostic, TreeItem, ...) start with a capital; enums read members off them.
  return /^[A-Z]/.test(k) ? new Proxy(Stub, { get: (c, m) => (m in c ? c[m] : deep(String(k) + '.' + String(m))) }) : deep(k);
} }));
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const context = { subscriptions: [], secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => disposable() },
  globalState: memento, workspaceState: memento, extensionUri: vscode.Uri.file(${JSON.stringify(root)}),
  extensionPath: ${JSON.stringify(root)}, globalStorageUri: vscode.Uri.file('/tmp/g'), logUri: vscode.Uri.file('/tmp/l') };
const t0 = performance.now();
const ext = require(${JSON.stringify(join(dir, 'extension.js'))});
const t1 = performance.now();
const api = ext.activate(context);
const t2 = performance.now();
if (!api || !api.reportTree) throw new Error('activate() did not return the report tree');
process.stdout.write(JSON.stringify({ require: t1 - t0, activate: t2 - t1, subscriptions: context.subscriptions.length }));
`;
const script = join(dir, 'run.cjs');
writeFileSync(script, child);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
const runChild = () => JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
for (let i = 0; i < runs; i++) results.push(runChild());
if (profile) {
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${join(root, 'out', 'bench')}`, script], { encoding: 'utf8' });
  console.log(`CPU profile written to ${join(root, 'out', 'bench')}`);
}
rmSync(dir, { recursive: true, force: true });
const fmt = (x) => x.toFixed(1).padStart(6);
console.log(`activation over ${runs} runs (median ms): require ${fmt(median(results.map((r) => r.require)))}; activate() ${fmt(median(results.map((r) => r.activate)))}; total ${fmt(median(results.map((r) => r.require + r.activate)))}`);
console.log(`subscriptions after activate(): ${results[0].subscriptions}`);
