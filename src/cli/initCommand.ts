import type { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from '../lint';
import { decodeListBytes } from '../lint/baseline';
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
      if (existsSync(target) && !flags.force) {
        process.stderr.write(`cyberguru init: ${target} already exists (use --force to overwrite it)\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      let headers: string[] = [];
      if (list) {
        try {
          headers = headerOf(decodeListBytes(readFileSync(list)).text);
        } catch (err) {
          process.stderr.write(`cyberguru init: ${list}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
          setExitCode(EXIT_USAGE);
          return;
        }
      }
      writeFileSync(target, initialConfigText(list ? basename(list) : undefined, headers), { flag: flags.force ? 'w' : 'wx' });
      process.stdout.write(`Wrote ${target}\n`);
    });
}
