// `node dist/emulator.js [--port N] [--users N] [--seed S] [--latency MS]`: runs the API emulator
// in the foreground for demos and benchmarks; Ctrl+C stops it.
import { parseArgs } from 'node:util';
import { startEmulator } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      users: { type: 'string', default: '230' },
      seed: { type: 'string', default: 'demo' },
      latency: { type: 'string', default: '0' },
    },
  });
  const number = (name: string, text: string | undefined) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  const emulator = await startEmulator({
    port: number('port', values.port),
    users: number('users', values.users),
    seed: values.seed,
    faults: { latencyMs: number('latency', values.latency) },
  });
  // The first line is machine-readable: scripts read the URL from it.
  process.stdout.write(`${emulator.url}\n`);
  process.stderr.write(
    `Cyber Guru API emulator: tenant "${emulator.tenant}", client secret "${emulator.clientSecret}" (demo data), ` +
      `${values.users} users, teams: ${emulator.teams.join(', ')}. Ctrl+C stops it.\n`,
  );
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
