// `node dist/emulator.js [--port N] [--users N] [--seed S] [fault options]`: runs the API emulator in
// the foreground for demos and benchmarks, optionally slow or failing (`--help` lists the faults);
// Ctrl+C stops it.
import { emulatorHelp, EmulatorUsageError, parseEmulatorArgs } from './cliOptions';
import { startEmulator } from './index';

async function main(): Promise<void> {
  const command = parseEmulatorArgs(process.argv.slice(2));
  if (command.help) {
    process.stdout.write(emulatorHelp());
    return;
  }
  const emulator = await startEmulator({ port: command.port, users: command.users, seed: command.seed, faults: command.faults });
  // The first line is machine-readable: scripts read the URL from it.
  process.stdout.write(`${emulator.url}\n`);
  const faults = Object.keys(command.faults).length > 0 ? ` Faults: ${JSON.stringify(command.faults)}.` : '';
  process.stderr.write(
    `Cyber Guru API emulator: tenant "${emulator.tenant}", client secret "${emulator.clientSecret}" (demo data), ` +
      `${command.users} users, teams: ${emulator.teams.join(', ')}.${faults} Ctrl+C stops it.\n`,
  );
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  // A usage error is already a sentence about the option; anything else (a busy port) gets its message.
  process.stderr.write(`emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  if (!(err instanceof EmulatorUsageError)) process.stderr.write('Run with --help for the options.\n');
  process.exitCode = 2;
});
