import type { Command } from 'commander';
import { readBoundedFile } from '../util/boundedRead';
import { MAX_BASELINE_BYTES } from '../lint/baseline/baselineFile';
import { basename, dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from '../lint';
import { decodeListBytes } from '../lint/baseline';
import { SafeWriteError, safeWriteFile, stampIfExists, type FileStamp } from '../util/safeWrite';
import { headerOf, initialConfigText } from './initialConfig';

const EXIT_USAGE = 2;

interface InitFlags {
  force?: boolean;
}

/** Adds `cyberguru init` to the program. */
export function addInitCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('init')
    .description(`Write a commented starting ${CONFIG_FILE_NAME}, next to the list when one is given (after reading its header), else in the current folder.`)
    .argument('[list]', 'a user list whose header the config is written for')
    .option('--force', `overwrite an existing ${CONFIG_FILE_NAME}`)
    .action((list: string | undefined, flags: InitFlags) => {
      const target = join(list ? dirname(list) : '.', CONFIG_FILE_NAME);
      // lstat, not exists: a symbolic link (even a dangling one) is refused rather than written through.
      let existing: FileStamp | undefined;
      try {
        existing = stampIfExists(target);
      } catch (err) {
        return failed(err, setExitCode);
      }
      if (existing && !flags.force) {
        process.stderr.write(`cyberguru init: ${target} already exists (use --force to overwrite it)\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      let headers: string[] = [];
      if (list) {
        try {
          // Only the header is needed, but a list of any real size fits the bound; a device or FIFO is refused.
          headers = headerOf(decodeListBytes(readBoundedFile(list, MAX_BASELINE_BYTES)).text);
        } catch (err) {
          process.stderr.write(`cyberguru init: ${list}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
          setExitCode(EXIT_USAGE);
          return;
        }
      }
      try {
        // 0644: a config holds no secrets, and the team reads it.
        safeWriteFile(target, initialConfigText(list ? basename(list) : undefined, headers), { expected: existing, newFileMode: 0o644 });
      } catch (err) {
        return failed(err, setExitCode);
      }
      process.stdout.write(`Wrote ${target}\n`);
    });
}

function failed(err: unknown, setExitCode: (code: number) => void): void {
  const message = err instanceof SafeWriteError ? err.message : `${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  process.stderr.write(`cyberguru init: ${message}\n`);
  setExitCode(EXIT_USAGE);
}
