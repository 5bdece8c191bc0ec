// The CLI as a user installs it: `npm pack` of this repository, then `npm install --global` of the
// tarball into a private prefix. Shared by the CI tests (workflow example, pre-commit hook).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repoRoot';

export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Packs the built CLI into `dir` (the prepack build is what node esbuild.mjs already did); returns the tarball. */
export function packCli(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const packed = sh('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], REPO_ROOT);
  assert.equal(packed.code, 0, packed.stderr);
  return join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
}

/** npm settings that install globally into `prefix`, from the local cache where it can. */
export function npmPrefixEnv(prefix: string): NodeJS.ProcessEnv {
  return {
    npm_config_prefix: prefix,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
  };
}
