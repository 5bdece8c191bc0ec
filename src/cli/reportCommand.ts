// `cyberguru report`: its options. The run (the API client, the history store) is in reportRun.ts, a
// bundle of its own (dist/cliReport.js) that only a report run loads.
import { Option, type Command } from 'commander';
import { MAX_PAGE_SIZE } from '../report/connection';
import { DEFAULT_RETENTION_DAYS } from '../report/history/retention';
import { SECRET_ENV, type ReportFlags } from './reportOptions';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Adds `cyberguru report` to the program. */
export function addReportCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description(
      `Export training completion from the Cyber Guru reporting API. The client secret comes from ${SECRET_ENV} ` +
        'or, with --client-secret-stdin, from standard input; never from a flag.',
    )
    .requiredOption('--tenant <tenant>', 'company tenant (realm) given by Cyber Guru')
    .requiredOption('--api-url <url>', 'reporting API base URL (https://...)')
    .option('--login-url <url>', 'login server base URL (default https://login.platform.cyberguru.eu)')
    .option('--team <name>', 'report only this team, with team totals (repeatable)', collect, [])
    .option('--all-teams', "every team of the platform's team list, with team totals")
    .option('--page-size <n>', `users per request, 1-${MAX_PAGE_SIZE}`, String(MAX_PAGE_SIZE))
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--output <file>', 'write to this file instead of standard output')
    .option('--client-secret-stdin', 'read the client secret from standard input')
    .option('--snapshot-dir <dir>', 'also store a history snapshot there (the format the extension keeps), pruned to --retention-days')
    .option('--retention-days <n>', `days of snapshots to keep in --snapshot-dir (default ${DEFAULT_RETENTION_DAYS})`)
    .action(async (flags: ReportFlags) => {
      const { runReport } = require('./reportRun') as typeof import('./reportRun');
      setExitCode(await runReport(flags));
    });
}
