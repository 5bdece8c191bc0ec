import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repoRoot';

interface Manifest {
  icon?: string;
  license?: string;
  repository?: { url?: string };
  categories?: string[];
  keywords?: string[];
  activationEvents?: string[];
  scripts?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

describe('the extension manifest (Marketplace metadata and activation)', () => {
  it('has the metadata the Marketplace shows: icon, license, repository, categories, keywords', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    const png = readFileSync(join(REPO_ROOT, 'media/icon.png'));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // IHDR width/height: the Marketplace wants at least 128x128.
    assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128);
    assert.equal(manifest.license, 'MIT');
    assert.match(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.ok(manifest.repository?.url);
    assert.ok((manifest.categories ?? []).includes('Linters'));
    assert.ok((manifest.keywords ?? []).length >= 3 && (manifest.keywords ?? []).length <= 30);
  });

  it('activates only when a CSV opens (views and commands activate implicitly since VS Code 1.74)', () => {
    // No eager activation: '*', onStartupFinished and workspaceContains would load the bundle into
    // every window of every workspace.
    const allowed = /^(onLanguage:csv|onView:cyberguru[\w.]*|onCommand:cyberguru\.[\w.]+)$/;
    const events = manifest.activationEvents ?? [];
    assert.deepEqual(events.filter((e) => !allowed.test(e)), []);
    assert.ok(events.includes('onLanguage:csv'));
  });

  it('is packaged by scripts/package.mjs, which builds its own production bundle', () => {
    assert.equal(manifest.scripts?.package, 'node scripts/package.mjs');
    // A prepublish script would make a bare `vsce package` rebuild dist/ under other builds' feet.
    assert.equal(manifest.scripts?.['vscode:prepublish'], undefined);
  });
});
