// What `vsce package` would put in the VSIX, asked from vsce itself (same .vscodeignore logic).
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

interface VsceApi {
  listFiles(options: { cwd: string; dependencies: boolean }): Promise<string[]>;
}

// vsce ships no type declarations; only this one function is used.
const vsce = require('@vscode/vsce') as VsceApi;

export async function packagedFiles(): Promise<string[]> {
  const files = await vsce.listFiles({ cwd: REPO_ROOT, dependencies: false });
  return files.map((f) => f.replace(/\\/g, '/')).sort();
}
