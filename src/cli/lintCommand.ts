import type { Command } from 'commander';

/** Adds `cyberguru lint` to the program. */
export function addLintCommand(_program: Command, _setExitCode: (code: number) => void): void {}
