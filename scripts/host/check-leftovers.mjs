#!/usr/bin/env node
// Fails if any code-server, extension host, file watcher or Chromium process started by this harness is
// still running after the harness process that started it has ended (`--kill` also stops them).
// Runs that are still in progress (their harness is alive) are not leftovers.
import { findOrphans, RUN_MARKER } from './processes.mjs';

const orphans = findOrphans();
if (orphans.length === 0) {
  console.log('[host] no code-server, extension host or Chromium process left behind');
} else {
  console.error(`[host] ${orphans.length} process(es) left behind by earlier runs:`);
  for (const p of orphans) console.error(`  ${p.pid} [${p.env.get(RUN_MARKER)}] ${p.cmdline.slice(0, 140)}`);
  if (process.argv.includes('--kill')) {
    for (const p of orphans) {
      try { process.kill(p.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    console.error('[host] killed them.');
  }
  process.exitCode = 1;
}
