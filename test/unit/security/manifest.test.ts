import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

interface SettingSchema {
  type?: string | string[];
  scope?: string;
  format?: string;
  default?: unknown;
  description?: string;
  markdownDescription?: string;
}

/** Every contributed setting, whatever form `contributes.configuration` takes (object or array). */
function settings(): [string, SettingSchema][] {
  const configuration = manifest.contributes?.configuration ?? [];
  const sections: { properties?: Record<string, SettingSchema> }[] = Array.isArray(configuration) ? configuration : [configuration];
  return sections.flatMap((s) => Object.entries(s.properties ?? {}));
}

function text(value: string | undefined): string {
  return (value ?? '').replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? '');
}

/** Scopes a workspace's .vscode/settings.json cannot set. */
const USER_ONLY_SCOPES = new Set(['application', 'machine']);

describe('the manifest gives workspaces no say over connections or credentials', () => {
  it('declares no setting that holds a secret, token or password, at any scope', () => {
    const named = settings().filter(([name]) => /secret|token|password|credential|api.?key/i.test(name));
    assert.deepEqual(named.map(([n]) => n), []);
  });

  it('declares every setting that holds a URL, host or tenant at application or machine scope only', () => {
    const connection = settings().filter(([name, schema]) => {
      const about = `${name} ${text(schema.description)} ${text(schema.markdownDescription)}`;
      return (
        /url|host|endpoint|tenant|realm|login/i.test(name) ||
        schema.format === 'uri' ||
        (typeof schema.default === 'string' && /^https?:/i.test(schema.default)) ||
        /\b(base url|api url|login url|tenant)\b/i.test(about)
      );
    });
    const workspaceSettable = connection.filter(([, schema]) => !USER_ONLY_SCOPES.has(schema.scope ?? 'window'));
    assert.deepEqual(workspaceSettable.map(([n, s]) => `${n} (scope ${s.scope ?? 'window'})`), []);
  });

  it('supports untrusted workspaces in limited mode, with the reason stated', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.ok(untrusted, 'capabilities.untrustedWorkspaces is missing');
    assert.ok(untrusted.supported === 'limited' || untrusted.supported === true);
    if (untrusted.supported === 'limited') assert.ok(String(untrusted.description ?? '').length > 10);
  });
});
