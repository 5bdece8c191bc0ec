// Start-up cost of `cyberguru lint` as installed (dist/cli.js): whole processes on a 20-row list, with
// the V8 code cache primed, without one (CYBERGURU_CACHE_DIR empty), and `node -e 0` as the floor,
// alternated in the same run. Prints medians and the median of per-round ratios against the no-cache run.
// With a second argument, the dist/cli.js of another build (e.g. the previous commit's) also runs with
// its own primed cache, to measure what a change to the launcher costs.
// A third argument replaces this checkout's dist/cli.js (e.g. a production build made with --outdir).
// Usage: node esbuild.mjs && node bench/cliStartup.mjs [rounds] [baseline/dist/cli.js] [candidate/dist/cli.js]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rounds = Number(process.argv[2] ?? 21);
const baseline = process.argv[3];
const cli = process.argv[4] ?? join(import.meta.dirname, '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'cyberguru-startup-'));
const list = join(dir, 'users.csv');
const rows = Array.from({ length: 20 }, (_, i) => `Anna,Rossi,anna.rossi${i}@company.com,it,E${1000 + i},IT,studente`);
writeFileSync(list, `First Name,Last Name,Email,Language,Username,Country,roles\n${rows.join('\n')}\n`);
const cacheDir = join(dir, 'cache');
// Without the machine's extra certificates file Node starts about 70 ms faster and varies less.
const baseEnv = { ...process.env };
delete baseEnv.NODE_EXTRA_CA_CERTS;

function timed(args, env) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env: { ...baseEnv, ...env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`exit ${run.status}: ${run.stderr}`);
  return ms;
}

const variants = {
  'node -e 0': () => timed(['-e', '0'], {}),
  'cache primed': () => timed([cli, 'lint', list], { CYBERGURU_CACHE_DIR: cacheDir }),
  'no cache': () => timed([cli, 'lint', list], { CYBERGURU_CACHE_DIR: '' }),
};
const baselineCache = join(dir, 'baseline-cache');
if (baseline) variants['baseline primed'] = () => timed([baseline, 'lint', list], { CYBERGURU_CACHE_DIR: baselineCache });
// Prime the caches.
timed([cli, 'lint', list], { CYBERGURU_CACHE_DIR: cacheDir });
if (baseline) timed([baseline, 'lint', list], { CYBERGURU_CACHE_DIR: baselineCache });
const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) {
  // Rotate the order so no variant always runs first after the previous round.
  const names = Object.keys(variants);
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + r) % names.length];
    times[name].push(variants[name]());
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, xs] of Object.entries(times)) {
  const ratio = median(xs.map((x, i) => x / times['no cache'][i]));
  const toBaseline = baseline ? `, ratio to baseline primed ${median(xs.map((x, i) => x / times['baseline primed'][i])).toFixed(3)}` : '';
  console.log(`${name.padEnd(16)} median ${median(xs).toFixed(1)} ms, ratio to no cache ${ratio.toFixed(3)}${toBaseline} (${rounds} rounds)`);
}
rmSync(dir, { recursive: true, force: true });
