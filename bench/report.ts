// Benchmark of the report client: 100,000 users at 1,000 per page against the emulator with 100 ms
// latency per request, compared with the ideal (pages / concurrency x per-request latency) measured
// in the same run. The emulator runs in a child process (this same file with --serve) so its work
// does not share the client's event loop.
//
//   npm run bench:report            (options: --users N --latency MS --runs N)
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startEmulator } from '../src/emulator';
import { DEFAULT_CONCURRENCY, ReportClient } from '../src/report';

const { values } = parseArgs({
  options: {
    serve: { type: 'boolean', default: false },
    users: { type: 'string', default: '100000' },
    latency: { type: 'string', default: '100' },
    runs: { type: 'string', default: '5' },
  },
});
const USERS = Number(values.users);
const LATENCY_MS = Number(values.latency);
const RUNS = Number(values.runs);
const PAGE_SIZE = 1000;
const CONCURRENCIES = [4, DEFAULT_CONCURRENCY, 6, 8];
const TARGET_RATIO = 1.25;

async function serve(): Promise<void> {
  const emulator = await startEmulator({ users: USERS, faults: { latencyMs: LATENCY_MS } });
  process.stdout.write(`${emulator.url}\n`);
  process.on('SIGTERM', () => void emulator.close().then(() => process.exit(0)));
}

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [__filename, '--serve', '--users', String(USERS), '--latency', String(LATENCY_MS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, url: chunk.toString('utf8').trim() };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function newClient(url: string, concurrency: number): ReportClient {
  return new ReportClient({ tenant: 'demo', apiUrl: url, loginUrl: url }, async () => 'demo-secret', { concurrency });
}

/** Median time of one full-size page request on a warm token: the per-request latency right now. */
async function measureRequestLatency(client: ReportClient, samples: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await client.fetchPage(1 + (i % 10), { pageSize: PAGE_SIZE });
    times.push(performance.now() - started);
  }
  return median(times);
}

interface RunResult {
  ms: number;
  latency: number;
  ratio: number;
  cpuPerPage: number;
  requests: string;
}

/** One cold run (token request included) with the latency measured just before it. */
async function timedRun(url: string, probe: ReportClient, concurrency: number, pages: number): Promise<RunResult> {
  const latency = await measureRequestLatency(probe, 5);
  const client = newClient(url, concurrency);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report = await client.fetchUsers({ pageSize: PAGE_SIZE });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (report.users.length !== USERS || !report.consistent) throw new Error(`incomplete report: ${report.users.length} users`);
  return {
    ms,
    latency,
    ratio: ms / ((pages / concurrency) * latency),
    cpuPerPage: (cpu.user + cpu.system) / 1000 / pages,
    requests: `${client.stats.tokenRequests} token + ${client.stats.apiRequests} pages`,
  };
}

async function main(): Promise<void> {
  const { child, url } = await startChild();
  try {
    const pages = Math.ceil(USERS / PAGE_SIZE);
    const probe = newClient(url, 1);
    await measureRequestLatency(probe, 3); // warm-up: token, JIT
    console.log(`Report client benchmark: ${USERS} users, page size ${PAGE_SIZE} (${pages} pages), emulated latency ${LATENCY_MS} ms, ${RUNS} runs per row`);
    console.log('Ideal = pages / concurrency x per-request latency, measured (median of 5 full pages) right before each run.');
    const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`Machine: ${cpus().length} cores, load average at start ${load()}\n`);
    console.log('concurrency | run time (median) | measured latency | ideal   | ratio (median) | requests per run     | client CPU per page');
    console.log('----------- | ----------------- | ---------------- | ------- | -------------- | -------------------- | -------------------');
    const ratios: Record<number, number> = {};
    for (const concurrency of CONCURRENCIES) {
      const runs: RunResult[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await timedRun(url, probe, concurrency, pages));
      const ms = median(runs.map((r) => r.ms));
      const latency = median(runs.map((r) => r.latency));
      const ratio = median(runs.map((r) => r.ratio));
      ratios[concurrency] = ratio;
      console.log(
        [
          String(concurrency).padStart(11),
          `${ms.toFixed(0)} ms`.padStart(17),
          `${latency.toFixed(1)} ms`.padStart(16),
          `${((pages / concurrency) * latency).toFixed(0)} ms`.padStart(7),
          ratio.toFixed(2).padStart(14),
          (runs[0]?.requests ?? '').padEnd(20),
          `${median(runs.map((r) => r.cpuPerPage)).toFixed(1)} ms`,
        ].join(' | '),
      );
    }
    const ratio = ratios[DEFAULT_CONCURRENCY] as number;
    console.log(`\nLoad average at end ${load()}`);
    console.log(`Default concurrency ${DEFAULT_CONCURRENCY}: ratio ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}`);
    process.exitCode = ratio <= TARGET_RATIO ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
  }
}

(values.serve ? serve() : main()).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
