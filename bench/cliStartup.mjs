// Start-up cost of `cyberguru lint` as installed (dist/cli.js): whole processes on a 20-row list, with
// the V8 code cache primed, without one (CYBERGURU_CACHE_DIR empty), and `node -e 0` as the floor,
// alternated in the same run. Prints medians and the median of per-round ratios against the no-cache run.
// Usage: node esbuild.mjs && node bench/cliStartup.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rounds = Number(process.argv[2] ?? 21);
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
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
timed([cli, 'lint', list], { CYBERGURU_CACHE_DIR: cacheDir }); // primes the cache
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
  console.log(`${name.padEnd(14)} median ${median(xs).toFixed(1)} ms, ratio to no cache ${ratio.toFixed(3)} (${rounds} rounds)`);
}
rmSync(dir, { recursive: true, force: true });
