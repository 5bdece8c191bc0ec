import { Command } from 'commander';

/** `cyberguru` entry point: subcommands register themselves on the program. */
async function main(argv: string[]): Promise<number> {
  const program = new Command('cyberguru')
    .description('Lint Cyber Guru user lists and export training completion reports')
    .exitOverride()
    .showHelpAfterError();
  let exitCode = 0;
  // Subcommands (lint, report) are added by their own modules; each sets exitCode.
  const setExit = (code: number) => {
    exitCode = code;
  };
  void setExit;
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    if (code === 0) return 0;
    return 2;
  }
  return exitCode;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`cyberguru: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
