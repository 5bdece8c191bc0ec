// A snapshot file: gzip of a small JSON line with the aggregates, then (while the snapshot has them)
// one line per user's e-mail, then the assigned and the completed modules as two comma-separated lines.
// Not one JSON document: a 100,000-user JSON text costs the host tens of milliseconds to write or parse
// in one go, while these lines are split and read in slices; the aggregates alone (the trend) are the
// first line. No `vscode`.
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { asSnapshot, type HistorySnapshot } from './snapshot';
import { Slicer, splitLines } from './slices';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Nor inflated past this. */
export const MAX_SNAPSHOT_TEXT_BYTES = 128 * 1024 * 1024;

export async function encodeSnapshot(snapshot: HistorySnapshot, slicer = new Slicer()): Promise<Uint8Array> {
  const { users, ...aggregates } = snapshot;
  if (!users) return gzipAsync(Buffer.from(JSON.stringify(aggregates), 'utf8'));
  const header = JSON.stringify({ ...aggregates, user_count: users.assigned.length });
  const assigned = users.assigned.join(',');
  await slicer.step();
  const completed = users.completed.join(',');
  await slicer.step();
  const text = users.assigned.length === 0 ? `${header}\n\n\n` : `${header}\n${users.emails}\n${assigned}\n${completed}`;
  return gzipAsync(Buffer.from(text, 'utf8'));
}

async function inflate(data: Uint8Array): Promise<string> {
  return (await gunzipAsync(data, { maxOutputLength: MAX_SNAPSHOT_TEXT_BYTES })).toString('utf8');
}

function header(text: string): { snapshot?: HistorySnapshot; userCount?: number; end: number } {
  const end = text.indexOf('\n');
  const parsed = JSON.parse(end < 0 ? text : text.slice(0, end)) as Record<string, unknown>;
  const userCount = typeof parsed.user_count === 'number' ? parsed.user_count : undefined;
  delete parsed.user_count;
  return { snapshot: asSnapshot(parsed), userCount, end };
}

async function numbers(line: string, count: number, slicer: Slicer): Promise<number[] | undefined> {
  const parts = line === '' ? [] : line.split(',');
  if (parts.length !== count) return undefined;
  const out = new Array<number>(count);
  let valid = true;
  await slicer.loop(count, (i) => {
    const n = Number(parts[i]);
    if (!Number.isInteger(n) || n < 0) valid = false;
    out[i] = n;
  });
  return valid ? out : undefined;
}

/** The whole snapshot, or undefined when the file is damaged. */
export async function decodeSnapshot(data: Uint8Array, slicer = new Slicer()): Promise<HistorySnapshot | undefined> {
  try {
    const text = await inflate(data);
    const { snapshot, userCount, end } = header(text);
    if (!snapshot || userCount === undefined) return snapshot;
    const completedStart = text.lastIndexOf('\n');
    const assignedStart = text.lastIndexOf('\n', completedStart - 1);
    if (end < 0 || assignedStart <= end) return undefined;
    const emails = text.slice(end + 1, assignedStart);
    if ((await splitLines(emails, slicer)).length !== userCount) return undefined;
    const assigned = await numbers(text.slice(assignedStart + 1, completedStart), userCount, slicer);
    const completed = await numbers(text.slice(completedStart + 1), userCount, slicer);
    if (!assigned || !completed) return undefined;
    return { ...snapshot, users: { emails, assigned, completed } };
  } catch {
    return undefined;
  }
}

/** Only the aggregates (the first line): the trend never reads the users. */
export async function decodeSnapshotAggregates(data: Uint8Array): Promise<HistorySnapshot | undefined> {
  try {
    return header(await inflate(data)).snapshot;
  } catch {
    return undefined;
  }
}
