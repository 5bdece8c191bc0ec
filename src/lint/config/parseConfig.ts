import type { CyberGuruConfig } from '../types';

/** Parses and validates `.cyberguru.json`; never throws. */
export function parseConfig(_jsonText: string): { config: CyberGuruConfig; errors: string[] } {
  return { config: {}, errors: [] };
}
