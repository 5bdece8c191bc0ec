// Peak memory and time of `cyberguru lint` (the bundled CLI, as a user runs it) on files far above
// the editor's comfortable size: a 1,000,000-row user list, the same list with a quote opened on its
// second row and never closed, and a 1 GB line of quotes. Each run is set
// against a plain streaming read of the same file (fs.createReadStream, nothing else) measured in the
// same way in the same run, so the figures say what linting adds.
//
//   node esbuild.mjs && node bench/memory.mjs [--rows N] [--quotes-mb N] [--max-rss-mb N] [--max-seconds N] [--keep]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const peakRssPreload = join(root, 'bench', 'memoryPeakRss.cjs');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const rows = option('--rows', 1_000_000);
const quotesMb = option('--quotes-mb', 1024);
const keep = process.argv.includes('--keep');
// Guards for a shared machine: a run that grows past these is stopped and reported as such.
const maxRssMb = option('--max-rss-mb', 2048);
const maxSeconds = option('--max-seconds', 600);

/** Writes chunks from `next()` until it returns undefined, honouring back-pressure. */
async function writeStreamed(path, next) {
  const out = createWriteStream(path);
  for (let chunk = next(); chunk !== undefined; chunk = next()) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * A user list with one problem in about every hundred rows, so problems are collected too; with
 * `unclosedQuote`, the second row starts with a quote that nothing closes (it would swallow the file).
 */
function userListChunks(count, unclosedQuote = false) {
  let i = 0;
  return () => {
    if (i > count) return undefined;
    const lines = [];
    if (i === 0) lines.push('First Name,Last Name,Email,Language,Username,Country,roles,Team'), i++;
    for (const end = Math.min(count + 1, i + 10_000); i < end; i++) {
      const language = i % 100 === 7 ? 'Italiano' : 'it';
      const quote = unclosedQuote && i === 2 ? '"' : '';
      lines.push(`${quote}Mario${i},Rossi,mario.rossi${i}@example.com,${language},mrossi${i},IT,studente,Team ${i % 50}`);
    }
    return lines.join('\n') + '\n';
  };
}

function quoteChunks(megabytes) {
  const chunk = '"'.repeat(1024 * 1024);
  let left = megabytes;
  return () => (left-- > 0 ? chunk : undefined);
}

/** Runs `node -r peakRss <args>`; stdout is discarded (the report of a large file is not the point). */
async function measure(args) {
  const rssFile = join(workDir, `rss-${Math.random().toString(36).slice(2)}`);
  const start = performance.now();
  const child = spawn(process.execPath, ['-r', peakRssPreload, ...args], {
    env: { ...process.env, PEAK_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let stopped = '';
  let watchedPeakMb = 0;
  const watch = setInterval(() => {
    const rssMb = currentRssMb(child.pid);
    watchedPeakMb = Math.max(watchedPeakMb, rssMb);
    const seconds = (performance.now() - start) / 1000;
    if (!stopped && (rssMb > maxRssMb || seconds > maxSeconds)) {
      stopped = rssMb > maxRssMb ? `stopped: RSS ${rssMb.toFixed(0)} MB > ${maxRssMb} MB after ${seconds.toFixed(1)} s` : `stopped: still running after ${maxSeconds} s`;
      child.kill('SIGKILL');
    }
  }, 100);
  const [code] = await once(child, 'close');
  clearInterval(watch);
  const seconds = (performance.now() - start) / 1000;
  // A killed process writes no figure: fall back on the highest RSS seen while polling.
  const peakMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : watchedPeakMb;
  return { code, seconds, peakMb, stopped, stderr: stderr.trim().split('\n').slice(-3).join(' | ') };
}

/** Resident set size of a running process, in MB (0 once it has gone). */
function currentRssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

const plainRead = (file) => ['-e', `const s=require('fs').createReadStream(${JSON.stringify(file)});s.on('data',()=>{});`];

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run "node esbuild.mjs" first`);
  process.exit(2);
}
const workDir = mkdtempSync(join(tmpdir(), 'cyberguru-memory-'));
try {
  const cases = [
    { name: `${rows.toLocaleString('en')}-row user list`, file: join(workDir, 'users.csv'), write: (f) => writeStreamed(f, userListChunks(rows)) },
    {
      name: `${rows.toLocaleString('en')}-row user list, quote never closed on row 2`,
      file: join(workDir, 'unclosed.csv'),
      write: (f) => writeStreamed(f, userListChunks(rows, true)),
    },
    { name: `${quotesMb} MB line of quotes`, file: join(workDir, 'quotes.csv'), write: (f) => writeStreamed(f, quoteChunks(quotesMb)) },
  ];
  const floor = await measure(['-e', '']);
  console.log(`node process floor: peak RSS ${floor.peakMb.toFixed(0)} MB`);
  for (const c of cases) {
    await c.write(c.file);
    const sizeMb = statSync(c.file).size / 1024 / 1024;
    const read = await measure(plainRead(c.file));
    const lint = await measure([cli, 'lint', '--format', 'json', c.file]);
    console.log(
      `${c.name} (${sizeMb.toFixed(0)} MB): cyberguru lint exit ${lint.code}, ${lint.seconds.toFixed(1)} s, peak RSS ${lint.peakMb.toFixed(0)} MB` +
        ` | plain streaming read: ${read.seconds.toFixed(1)} s, peak RSS ${read.peakMb.toFixed(0)} MB` +
        ` | time ${(lint.seconds / read.seconds).toFixed(1)}x the read` +
        (lint.stopped ? ` | ${lint.stopped}` : lint.code === 0 || lint.code === 1 ? '' : ` | stderr: ${lint.stderr}`),
    );
    if (!keep) rmSync(c.file);
  }
} finally {
  if (!keep) rmSync(workDir, { recursive: true, force: true });
  else console.log(`files kept in ${workDir}`);
}
