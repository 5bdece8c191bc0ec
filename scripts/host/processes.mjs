// Process hygiene for everything the harness starts: each child gets its own process group (so one
// signal reaches its whole tree) and an environment marker (so leftovers can be found afterwards, even
// processes that escaped the group).
import { readdirSync, readFileSync } from 'node:fs';

/** Environment variable set on every process tree the harness starts; its value identifies the run. */
export const RUN_MARKER = 'CYBERGURU_HOST_RUN';
/** The pid of the harness process that started the tree: when it is gone, the tree is an orphan. */
export const OWNER_MARKER = 'CYBERGURU_HOST_OWNER';

/** The environment entries that tag a process tree as belonging to run `runId` of this harness. */
export function markerEnv(runId) {
  return { [RUN_MARKER]: runId, [OWNER_MARKER]: String(process.pid) };
}

const cleanups = new Set();
let exiting = false;

/** Runs `fn` when the harness exits for any reason (normal end, error, Ctrl-C, SIGTERM). Returns an unregister function. */
export function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Runs all registered cleanups once (each may be async); used by the signal handlers and by callers. */
export async function runCleanups() {
  const pending = [...cleanups];
  cleanups.clear();
  for (const fn of pending.reverse()) {
    try {
      await fn();
    } catch (err) {
      console.error(`[host] cleanup failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function exitOnSignal(signal, code) {
  process.on(signal, () => {
    if (exiting) {
      // A second Ctrl-C: no more waiting for graceful shutdowns.
      for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
      process.exit(code);
    }
    exiting = true;
    console.error(`\n[host] ${signal}: stopping everything that was started...`);
    runCleanups().finally(() => process.exit(code));
  });
}
exitOnSignal('SIGINT', 130);
exitOnSignal('SIGTERM', 143);
exitOnSignal('SIGHUP', 129);
// Last resort when the process exits without awaiting cleanups: synchronous group kills still happen.
process.on('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
});

const liveGroups = new Set();

/** Remembers a process group so it is SIGKILLed even if the harness exits abruptly. */
export function trackGroup(pgid) {
  liveGroups.add(pgid);
}

/** Sends `signal` to every process in group `pgid`; returns false when the group no longer exists. */
export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    liveGroups.delete(pgid);
    return false;
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the group, wait up to `graceMs` for it to go, then SIGKILL whatever is left. */
export async function stopGroup(pgid, graceMs = 3000) {
  if (!killGroup(pgid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
  while (groupAlive(pgid) && Date.now() < deadline + 2000) await new Promise((r) => setTimeout(r, 50));
  liveGroups.delete(pgid);
}

/**
 * Processes (pid and command line) still carrying this run's marker in their environment: a code-server,
 * extension host, file watcher or Chromium process left behind. Linux only (/proc); empty elsewhere.
 */
export function findLeftovers(runId) {
  return findProcessesWithEnv(RUN_MARKER, runId);
}

/** Live processes whose environment has `name=value` (children inherit it, so it marks whole trees). */
export function findProcessesWithEnv(name, value) {
  return listProcesses().filter((p) => p.env.get(name) === value);
}

/** Every process with the run marker whose harness (the owner pid) is gone: started by us, never stopped. */
export function findOrphans() {
  return listProcesses().filter((p) => p.env.has(RUN_MARKER) && !isAlive(Number(p.env.get(OWNER_MARKER))));
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Running (non-zombie) processes other than this one, with their environment and command line. */
function listProcesses() {
  const found = [];
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue; // zombie: already dead, awaiting its parent
      const env = new Map();
      for (const entry of readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0')) {
        const eq = entry.indexOf('=');
        if (eq > 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
      }
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ').trim();
      found.push({ pid: Number(pid), cmdline, env });
    } catch {
      // The process ended while we looked, or is not ours to read.
    }
  }
  return found;
}

/** Fails loudly (and kills them) if any process of this run survived its shutdown. */
export function assertNoLeftovers(runId) {
  const leftovers = findLeftovers(runId);
  if (leftovers.length === 0) return;
  for (const { pid } of leftovers) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  throw new Error(`processes left behind after the run (now killed):\n${leftovers.map((p) => `  ${p.pid} ${p.cmdline.slice(0, 160)}`).join('\n')}`);
}
