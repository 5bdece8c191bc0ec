// Starts the project's Cyber Guru API emulator (src/emulator, transpiled to out/ by `node esbuild.mjs
// --tests`) with the demo company, when the project has one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';
import { onCleanup } from './processes.mjs';

const source = join(repoRoot, 'src', 'emulator', 'index.ts');
const built = join(repoRoot, 'out', 'src', 'emulator', 'index.js');

/** Returns the running emulator handle ({ url, tenant, clientSecret, teams, close() }), or undefined if the project has none. */
export async function startDemoEmulator() {
  if (!existsSync(source)) return undefined;
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`node esbuild.mjs --tests\` first.`);
  const { startEmulator } = createRequire(import.meta.url)(built);
  const emulator = await startEmulator({ host: '127.0.0.1', port: 0, seed: 'demo' });
  const unregister = onCleanup(() => emulator.close());
  return { ...emulator, close: () => { unregister(); return emulator.close(); } };
}
