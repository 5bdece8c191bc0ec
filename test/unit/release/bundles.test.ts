// The extension ships as several bundles (esbuild.mjs): activation loads dist/extension.js only, and
// dist/sidebar.js, required when the view or a sidebar command first needs it, works with the
// activation bundle's one copy of the command wrapper's error classes and of the registered secrets. A
// second copy would compile fine and fail here: the wrapper's `instanceof` would not know the sidebar's
// errors (no "Sign in again" button, an error shown for a cancelled sign-in) and a secret registered by
// the sidebar would not be masked. The lint engine's tables and config schema come from their own
// bundles too. Runs the production bundles against scripts/vscodeStub.cjs.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { SidebarApi } from '../../../src/sidebar';
import { REPO_ROOT } from './repoRoot';

type Handler = (...args: unknown[]) => unknown;

interface VscodeStubs {
  createVscodeStub(overrides: { commands?: object; window?: object; workspace?: object }): { Uri: { file(path: string): unknown } };
  installVscodeStub(stub: unknown): () => void;
  stubExtensionContext(stub: unknown, extensionPath: string): { subscriptions: { dispose(): unknown }[] };
}

interface ActivationBundle {
  activate(context: unknown): SidebarApi;
  sharedModules: Record<string, unknown>;
}

const stubs = require(join(REPO_ROOT, 'scripts', 'vscodeStub.cjs')) as VscodeStubs;
const SECRET = 'cross-bundle-secret';

describe('the production bundles: activation loads only dist/extension.js; dist/sidebar.js shares its classes and state', function () {
  this.timeout(120_000);
  let dir = '';
  let uninstall = () => {};
  let context: ReturnType<VscodeStubs['stubExtensionContext']> | undefined;
  let extension: ActivationBundle;
  let api: SidebarApi;
  let treeProvider: vscode.TreeDataProvider<unknown> | undefined;
  const handlers = new Map<string, Handler>();
  const errorMessages: { message: string; items: string[] }[] = [];
  const loadedBundles = () =>
    Object.keys(require.cache)
      .filter((file) => file.startsWith(`${dir}/`))
      .map((file) => file.slice(dir.length + 1))
      .sort();
  const command = (id: string): Handler => {
    const handler = handlers.get(id);
    assert.ok(handler, `${id} is registered at activation`);
    return handler;
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-bundles-'));
    execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${dir}`], { cwd: REPO_ROOT, stdio: 'pipe' });
    const stub = stubs.createVscodeStub({
      commands: {
        registerCommand: (id: string, handler: Handler) => {
          handlers.set(id, handler);
          return { dispose: () => handlers.delete(id) };
        },
      },
      window: {
        showErrorMessage: async (message: string, ...items: string[]) => {
          errorMessages.push({ message, items });
          return undefined;
        },
        // Escape at the first question of the sign-in prompts.
        showInputBox: async () => undefined,
        withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => unknown) =>
          task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) }),
        createTreeView: (_id: string, options: { treeDataProvider: vscode.TreeDataProvider<unknown> }) => {
          treeProvider = options.treeDataProvider;
          return { visible: false, onDidChangeVisibility: () => ({ dispose() {} }), reveal: async () => undefined, dispose() {} };
        },
      },
    });
    uninstall = stubs.installVscodeStub(stub);
    context = stubs.stubExtensionContext(stub, REPO_ROOT);
    extension = require(join(dir, 'extension.js')) as ActivationBundle;
    api = extension.activate(context);
  });

  after(() => {
    for (const subscription of context?.subscriptions ?? []) subscription.dispose();
    uninstall();
    for (const file of Object.keys(require.cache)) if (file.startsWith(`${dir}/`)) delete require.cache[file];
    rmSync(dir, { recursive: true, force: true });
  });

  it('activation loads dist/extension.js alone and registers every sidebar command there', () => {
    assert.deepEqual(loadedBundles(), ['extension.js']);
    assert.ok('reportTree' in api, 'activate() returns { reportTree }');
    for (const id of ['cyberguru.signIn', 'cyberguru.signOut', 'cyberguru.refreshReport', 'cyberguru.compareWithUserList']) command(id);
  });

  it('the first lint gets the code tables from dist/codeTables.js and the .cyberguru.json schema from dist/schemas.js', () => {
    assert.ok(!loadedBundles().includes('codeTables.js') && !loadedBundles().includes('schemas.js'), 'not loaded before a lint needs them');
    const lint = extension.sharedModules['src/lint/index.ts'] as typeof import('../../../src/lint');
    const { config, errors } = lint.parseConfig('{ "teamColumn": "Department", "rules": { "CG999": "off" } }');
    assert.deepEqual(config.teamColumn, 'Department');
    assert.equal(errors.length, 1, `one error for the unknown rule: ${errors.join('; ')}`);
    const text = 'First Name,Last Name,Email,Language,Username,Country\nAnna,Ferrari,anna@example.com,it,E1,IT\nMarco,Rossi,marco@example.com,Italiano,E2,Italia\n';
    const codes = lint.lintText(text, { config }).problems.map((p) => `${p.code} line ${p.range.start.line + 1}`);
    assert.deepEqual(codes.filter((c) => /^CG20[78]/.test(c)), ['CG207 line 3', 'CG208 line 3']);
    assert.ok(loadedBundles().includes('codeTables.js') && loadedBundles().includes('schemas.js'), `loaded: ${loadedBundles().join(', ')}`);
  });

  it('the view asking for its nodes loads dist/sidebar.js (signed out: no nodes, so the welcome view shows)', async () => {
    assert.ok(treeProvider, 'the tree view was created at activation');
    assert.deepEqual(await treeProvider.getChildren(), []);
    assert.ok(loadedBundles().includes('sidebar.js'), `loaded: ${loadedBundles().join(', ')}`);
    assert.equal(typeof api.reportTree.getChildren, 'function');
  });

  it('a sign-in error raised in dist/sidebar.js reaches the user through the wrapper in dist/extension.js with its "Sign in again" button', async () => {
    errorMessages.length = 0;
    const result = await command('cyberguru.signIn')({ tenant: 'not a tenant!', apiUrl: 'https://api.example', clientSecret: SECRET });
    assert.equal(result, undefined);
    assert.equal(errorMessages.length, 1, 'one error message');
    assert.match(errorMessages[0]!.message, /^Sign-in details are not valid: The tenant must be your company realm name/);
    assert.deepEqual(errorMessages[0]!.items, ['Sign in again', 'Show Log']);
  });

  it('a sign-in cancelled in dist/sidebar.js (Escape) is silent', async () => {
    errorMessages.length = 0;
    assert.equal(await command('cyberguru.signIn')(), undefined);
    assert.deepEqual(errorMessages, []);
  });

  it('a secret registered by dist/sidebar.js is masked by dist/extension.js', () => {
    const log = extension.sharedModules['src/util/log.ts'] as { maskSecrets(text: string): string };
    assert.equal(log.maskSecrets(`failed with ${SECRET}`), 'failed with ***');
  });
});
