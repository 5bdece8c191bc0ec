// A stand-in for the `vscode` module outside the extension host, for `npm run bench:activation` and the
// tests of the production bundles (test/unit/release/bundles.test.ts). It answers every API the
// extension touches: enums, classes, events, disposables. Like the host's API object it has every
// top-level name of @types/vscode as an own property (what a bundle's module interop copies costs as
// much as in the host). `overrides` replace members of `commands`, `window` and `workspace` (to record
// the commands registered or the messages shown, or to answer a prompt).
const Module = require('node:module');
const { readFileSync } = require('node:fs');

const disposable = () => ({ dispose() {} });
class EventEmitter {
  constructor() {
    this.event = () => disposable();
  }
  fire() {}
  dispose() {}
}
class Stub {
  constructor(...args) {
    this.args = args;
  }
}

/**
 * Any unknown member: a function returning another such proxy, a constructor, or an enum value. The
 * bundle copies the module's own keys (esbuild's ESM interop) and keeps its prototype, so unknown names
 * are answered by a Proxy prototype.
 */
function deep(name) {
  const fn = function () {
    return deep(name + '()');
  };
  const assigned = new Map();
  return new Proxy(fn, {
    set(target, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(target, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      if (key === 'dispose') return () => {};
      if (typeof key === 'symbol') return undefined;
      return deep(name + '.' + key);
    },
    construct() {
      return deep('new ' + name);
    },
  });
}

/** A namespace (window, workspace, commands): the given members, anything else a deep proxy. */
function namespace(name, members) {
  return new Proxy(members, { get: (t, k) => (k in t ? t[k] : deep(name + '.' + String(k))) });
}

/** `{name}` placeholders filled in, as vscode.l10n.t does for the English text. */
function t(message, ...args) {
  const text = typeof message === 'string' ? message : message.message;
  const values = typeof args[0] === 'object' && args[0] !== null ? args[0] : args;
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/** The API's top-level runtime names (namespaces, classes, enums, `version`) from @types/vscode. */
function apiNames() {
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  return [...declarations.matchAll(/^\texport (?:class|enum|namespace|const|let|function) (\w+)/gm)].map((m) => m[1]);
}

function createVscodeStub(overrides = {}) {
  const stub = Object.setPrototypeOf(
    {
      EventEmitter,
      Disposable: class {
        constructor(f) {
          this.f = f;
        }
        dispose() {
          this.f?.();
        }
        static from() {
          return disposable();
        }
      },
      Uri: class Uri {
        static file(p) {
          return { fsPath: p, toString: () => 'file://' + p };
        }
        static parse(s) {
          return { toString: () => s };
        }
        static joinPath(u, ...p) {
          return { toString: () => u + '/' + p.join('/') };
        }
      },
      l10n: { t },
      commands: namespace('commands', { executeCommand: async () => undefined, ...overrides.commands }),
      workspace: namespace('workspace', {
        textDocuments: [],
        workspaceFolders: undefined,
        isTrusted: true,
        getConfiguration: () => ({ get: (k, d) => d, has: () => false, inspect: () => undefined, update: async () => {} }),
        ...overrides.workspace,
      }),
      window: namespace('window', { activeTextEditor: undefined, visibleTextEditors: [], ...overrides.window }),
    },
    new Proxy(
      {},
      {
        get(target, k) {
          if (typeof k === 'symbol' || k === 'then' || k === '__esModule') return undefined;
          // Classes (Range, Diagnostic, TreeItem, ...) start with a capital; enums read members off them.
          return /^[A-Z]/.test(k) ? new Proxy(Stub, { get: (c, m) => (m in c ? c[m] : deep(String(k) + '.' + String(m))) }) : deep(k);
        },
      },
    ),
  );
  for (const name of apiNames()) {
    if (!Object.hasOwn(stub, name)) Object.defineProperty(stub, name, { value: name === 'version' ? '1.100.3' : stub[name], enumerable: true });
  }
  return stub;
}

/** Makes `require('vscode')` return the stub until the returned function is called. */
function installVscodeStub(vscode) {
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  return () => {
    Module._load = load;
  };
}

/** An ExtensionContext with empty state and secret storage. */
function stubExtensionContext(vscode, extensionPath) {
  const memento = { get: (k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} };
  return {
    subscriptions: [],
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => disposable() },
    globalState: memento,
    workspaceState: memento,
    extensionUri: vscode.Uri.file(extensionPath),
    extensionPath,
    globalStorageUri: vscode.Uri.file('/tmp/g'),
    logUri: vscode.Uri.file('/tmp/l'),
  };
}

module.exports = { createVscodeStub, installVscodeStub, stubExtensionContext };
