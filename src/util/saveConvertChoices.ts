// Writes a conversion's choices into `.cyberguru.json` (under `convert`), keeping everything else in the
// file, through the safe write: refused if the file changed since it was read. CLI and editor alike.
import type { ConvertConfig } from '../lint';
import { readForRewrite, safeWriteFile, stampIfExists, type FileStamp } from './safeWrite';

export function saveConvertChoices(configPath: string, choices: ConvertConfig): void {
  let json: Record<string, unknown> = {};
  let expected: FileStamp | undefined;
  if (stampIfExists(configPath)) {
    const { bytes, stamp } = readForRewrite(configPath);
    try {
      json = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`${configPath} is not valid JSON (${(err as Error).message}): the choices were not saved`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${configPath} does not hold a JSON object: the choices were not saved`);
    expected = stamp;
  }
  json.convert = choices;
  // A config file is shared with colleagues and tools, like the one it replaces: readable by others.
  safeWriteFile(configPath, JSON.stringify(json, null, 2) + '\n', { expected, newFileMode: 0o644 });
}
