import type { Command } from 'commander';

/** Adds `cyberguru report` to the program. */
export function addReportCommand(_program: Command, _setExitCode: (code: number) => void): void {}
