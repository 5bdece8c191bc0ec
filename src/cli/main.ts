import { Command } from 'commander';
import { addDiffCommand } from './diffCommand';
import { addInitCommand } from './initCommand';
import { addConvertCommand } from './convertCommand';
import { addLintCommand } from './lintCommand';
import { addReportCommand } from './reportCommand';

/** The extension's version, set by esbuild.mjs from package.json. */
declare const CLI_VERSION: string;

/** Commander echoes `--unknown-option=value` in its error, and that value may be a secret typed as a flag. */
function hideOptionValues(text: string): string {
  return text.replace(/(unknown option '[^'=]+=)[^']*'/g, "$1***'");
}

/** `cyberguru` entry point. Exit codes: 0 success, 1 problems/failure reported, 2 usage or I/O error. */
async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command('cyberguru')
    .description('Lint Cyber Guru user lists, turn exports into user lists and export training completion reports')
    .version(CLI_VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(hideOptionValues(text)) });
  addLintCommand(program, setExitCode);
  addReportCommand(program, setExitCode);
  addDiffCommand(program, setExitCode);
  addInitCommand(program, setExitCode);
  addConvertCommand(program, setExitCode);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    if (code === 0) return 0;
    if (code !== undefined) return 2; // commander already printed the usage error
    throw err;
  }
  return exitCode;
}

// Started once the bundle has run to its end: a command's own bundle (dist/cliConvert.js, dist/cliReport.js)
// takes the modules it shares with this one from its exports, which are complete only then.
Promise.resolve(process.argv)
  .then(main)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`cyberguru: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
