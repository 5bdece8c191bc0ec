// History snapshots: what a snapshot keeps, what changed between two, who finished since, how the
// retention bounds the folder, and that damaged files are skipped, not trusted.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset, isReported, userRecord } from '../../../src/emulator/dataset';
import { aggregate } from '../../../src/report';
import {
  compareSnapshots,
  compareSnapshotsSliced,
  HistoryStore,
  nodeHistoryFiles,
  planRetention,
  snapshotToCsv,
  takeSnapshot,
  takeSnapshotSliced,
  thinned,
  encodeSnapshot,
  decodeSnapshot,
  decodeSnapshotAggregates,
  type HistoryFiles,
} from '../../../src/report/history';
import { gunzipSync, gzipSync } from 'node:zlib';

function memoryFiles(): HistoryFiles & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    list: async () => [...files.keys()],
    read: async (name, max) => {
      const data = files.get(name);
      if (!data) throw new Error('missing');
      if (data.byteLength > max) throw new Error('too large');
      return data;
    },
    write: async (name, data) => void files.set(name, data),
    delete: async (name) => void files.delete(name),
  };
}

const anna = userRecord('Anna@x.com', [12, 11], [8, 6]);
const bruno = userRecord('bruno@x.com', [4, 4], [0, 0]);
const carla = userRecord('carla@x.com', [8, 2], [4, 0]);
const annaDone = userRecord('Anna@x.com', [12, 12], [8, 8]);
const dario = userRecord('dario@x.com', [4, 4], [0, 0]);

function snap(at: string, users = [anna, bruno, carla], teams: Record<string, typeof users> = { Sales: [anna, bruno], Finance: [carla] }) {
  return takeSnapshot({ takenAt: new Date(at), tenant: 'acme', threshold: 80, companyUsers: users, teams: Object.entries(teams).map(([name, us]) => ({ name, users: us })) });
}

describe('report history', () => {
  it('keeps the company and team figures and each user\'s modules', () => {
    const s = snap('2026-12-01T09:00:00Z');
    assert.equal(s.company.users, 3);
    assert.equal(s.company.completed, aggregate([anna, bruno, carla]).completed_total);
    assert.equal(s.teams.Sales?.rate, aggregate([anna, bruno]).completion_rate);
    assert.equal(s.users?.emails, 'anna@x.com\nbruno@x.com\ncarla@x.com');
    assert.deepEqual(s.users?.completed, [17, 4, 2]);
  });

  it('gives each team\'s change and who finished since the earlier snapshot (not users who are new)', async () => {
    const before = snap('2026-12-01T09:00:00Z');
    const after = snap('2026-12-02T09:00:00Z', [annaDone, bruno, carla, dario], { Sales: [annaDone, bruno, dario], Finance: [carla] });
    const comparison = compareSnapshots(before, after);
    assert.equal(comparison.since, '2026-12-01T09:00:00.000Z');
    assert.deepEqual([...(comparison.completedSince ?? [])], ['anna@x.com'], 'bruno was complete already, dario is new');
    const sales = comparison.teams.get('Sales');
    assert.equal(sales?.completed, 3 + 4);
    assert.equal(sales?.rate, Math.round((aggregate([annaDone, bruno, dario]).completion_rate - aggregate([anna, bruno]).completion_rate) * 100) / 100);
    assert.equal(comparison.teams.get('Finance')?.rate, 0);
    assert.deepEqual(await compareSnapshotsSliced(before, after), comparison, 'the sliced comparison is the same');
  });

  it('stores, reads back through a new store, compares with the latest earlier one and exports CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-history-'));
    try {
      const first = snap('2026-12-01T09:00:00Z');
      await new HistoryStore(nodeHistoryFiles(dir)).save(first, 180);
      const again = new HistoryStore(nodeHistoryFiles(dir));
      assert.deepEqual(await again.times(), ['2026-12-01T09:00:00.000Z']);
      const later = snap('2026-12-02T09:00:00Z', [annaDone, bruno, carla]);
      const previous = await again.latestBefore(later.taken_at);
      assert.deepEqual(previous, first);
      const csv = snapshotToCsv(previous!);
      const lines = csv.trimEnd().split('\r\n');
      assert.equal(lines[0], 'taken_at,scope,name,users,assigned,completed,completion_rate,users_complete,users_below_threshold,threshold');
      assert.equal(lines[1], `2026-12-01T09:00:00.000Z,company,acme,3,${first.company.assigned},${first.company.completed},${first.company.rate},${first.company.complete},${first.company.below},80`);
      assert.equal(lines.length, 1 + 1 + 2 + 3, 'header, company, two teams, three users');
      writeFileSync(join(dir, 'snapshot-2026-12-01T10-00-00-000Z.json.gz'), 'not gzip');
      assert.deepEqual(await again.latestBefore('2026-12-03T00:00:00.000Z'), first, 'a damaged newer file is skipped');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one snapshot per earlier day within the retention, users only in the newest few, and deletes the rest', async () => {
    const files = memoryFiles();
    const store = new HistoryStore(files);
    const now = new Date('2026-12-31T12:00:00Z');
    for (let day = 0; day < 200; day++) {
      const at = new Date(now.getTime() - day * 86_400_000);
      await files.write(`snapshot-${at.toISOString().replace(/[:.]/g, '-')}.json.gz`, new Uint8Array(1));
      const earlier = new Date(at.getTime() - 3_600_000);
      if (earlier.toISOString().slice(0, 10) === at.toISOString().slice(0, 10)) await files.write(`snapshot-${earlier.toISOString().replace(/[:.]/g, '-')}.json.gz`, new Uint8Array(1));
    }
    const plan = planRetention(await store.times(), new Set(await store.times()), now, 180);
    const kept = (await store.times()).filter((t) => !plan.remove.includes(t));
    assert.ok(kept.length <= 181 + 1, `kept ${kept.length}`);
    assert.ok(kept.every((t) => Date.parse(t) >= now.getTime() - 180 * 86_400_000));
    const days = new Set(kept.map((t) => t.slice(0, 10)));
    assert.equal(days.size, kept.length - 1, 'one per earlier day; today keeps both');
    assert.equal(kept.length - plan.thin.length, 8, 'the newest 8 keep their users');
  });

  it('a real store stays bounded: 200 daily saves leave at most 181 files, 8 with users', async function () {
    this.timeout(20000);
    const files = memoryFiles();
    const store = new HistoryStore(files);
    const start = Date.parse('2026-01-01T08:00:00Z');
    for (let day = 0; day < 200; day++) await store.save(snap(new Date(start + day * 86_400_000).toISOString()), 180);
    const names = [...files.files.keys()];
    assert.ok(names.length <= 181, `${names.length} files`);
    assert.equal(names.filter((n) => !n.includes('.teams.')).length, 8);
    const newest = await store.read((await store.times()).at(-1)!);
    assert.equal(newest?.users?.emails.split('\n').length, 3);
  });

  it('takes the same snapshot in slices as in one go, for a large company', async () => {
    const users = buildDataset({ seed: 'history', users: 5000 }).filter(isReported).map((u) => u.record);
    const input = { takenAt: new Date('2026-12-01T00:00:00Z'), tenant: 'acme', threshold: 80, companyUsers: users, teams: [{ name: 'All', users }] };
    assert.deepEqual(await takeSnapshotSliced(input), takeSnapshot(input));
    const dir = mkdtempSync(join(tmpdir(), 'cg-history-'));
    try {
      await new HistoryStore(nodeHistoryFiles(dir)).save(takeSnapshot(input), 180);
      assert.equal(readdirSync(dir).length, 1, 'no temporary file left');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report history files', () => {
  it('round-trips a snapshot (also one without users, and e-mails with commas) and refuses a damaged users section', async () => {
    const odd = userRecord('o,dd@x.com', [4, 4], [0, 0]);
    const snapshot = takeSnapshot({ takenAt: new Date('2026-12-01T00:00:00Z'), tenant: 'acme', threshold: 80, companyUsers: [anna, odd], teams: [] });
    const data = await encodeSnapshot(snapshot);
    assert.deepEqual(await decodeSnapshot(data), snapshot);
    const empty = takeSnapshot({ takenAt: new Date('2026-12-01T00:00:00Z'), tenant: 'acme', threshold: 80, companyUsers: [], teams: [] });
    assert.deepEqual(await decodeSnapshot(await encodeSnapshot(empty)), empty);
    assert.deepEqual(await decodeSnapshotAggregates(data), thinned(snapshot));
    const text = gunzipSync(data).toString('utf8');
    for (const damaged of [text.replace('\n17,4', '\n17'), text.replace(/\n[^\n]*$/, '\n4,x'), text.replace('anna@x.com\n', '')]) {
      assert.equal(await decodeSnapshot(gzipSync(damaged)), undefined, JSON.stringify(damaged.slice(-40)));
    }
  });
});
