// The Export command's files: the report module's formats, no row lost or doubled, missing teams said.
import * as assert from 'node:assert/strict';
import { aggregate, ReportError, type UserProgress, type UsersReport } from '../../../src/report';
import { userRecord } from '../../../src/emulator/dataset';
import { exportContent, filteredExportInput } from '../../../src/sidebar/model/exportContent';

const a = userRecord('a@x.com', [12, 11], [8, 6]);
const b = userRecord('b@x.com', [4, 4], [0, 0]);
const c = userRecord('c@x.com', [8, 2], [4, 0]);

function team(name: string, users: UserProgress[]) {
  const report: UsersReport = { team: name, generated_at: 't', users, total_users: users.length, pages: 1, duplicates: 0, consistent: true, warnings: [] };
  return { name, report, summary: aggregate(users, 80) };
}

describe('sidebar export', () => {
  const input = {
    generatedAt: '2026-01-02T10:00:00.000Z',
    companyUsers: [a, b, c],
    teams: [team('Sales', [a, b])],
    failedTeams: [{ name: 'Ghost', error: new ReportError('EXT_1004', 'The team Ghost does not exist in the company.') }],
  };

  it('JSON: company users, each loaded team\'s figures, and which team is missing', () => {
    const json = JSON.parse(exportContent(input, 'json'));
    assert.equal(json.total_users, 3);
    assert.deepEqual(json.teams.map((t: { name: string; users: number; completion_rate: number }) => [t.name, t.users, t.completion_rate]), [['Sales', 2, 87.5]]);
    assert.deepEqual(json.warnings, ['Team "Ghost" is missing: The team Ghost does not exist in the company.']);
  });

  it('CSV: team members with their team, then users of no loaded team, each once', () => {
    const lines = exportContent(input, 'csv').split('\r\n');
    assert.equal(lines[0], 'team,email,assigned_total,completed_total,completion_rate_total,awareness_assigned,awareness_completed,awareness_completion_rate,channel_assigned,channel_completed,channel_completion_rate');
    assert.deepEqual(lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(',')), ['Sales,a@x.com', 'Sales,b@x.com', ',c@x.com']);
  });

  it('CSV without teams: the company\'s users without a team column', () => {
    const lines = exportContent({ ...input, teams: [], failedTeams: [] }, 'csv').split('\r\n');
    assert.ok(lines[0]!.startsWith('email,'));
    assert.equal(lines.length, 5);
  });
});

describe('export of a filtered view', () => {
  const user = (email: string, completed: number): UserProgress => ({
    email,
    assigned_total: 10,
    completed_total: completed,
    completion_rate_total: completed * 10,
    services: { awareness: { assigned: 10, completed, completion_rate: completed * 10 }, channel: { assigned: 0, completed: 0, completion_rate: 0 } },
  });
  const users = [user('anna@acme.com', 10), user('bruno@acme.com', 5), user('carla@other.com', 2)];
  const report: UsersReport = { generated_at: '2026-01-01T00:00:00Z', users, total_users: 3, pages: 1, duplicates: 0, consistent: true, warnings: [] };

  it('keeps only the users the filter shows, with each team recomputed for them', () => {
    const input = { generatedAt: report.generated_at, companyUsers: users, teams: [{ name: 'Sales', report, summary: aggregate(users, 80) }], failedTeams: [] };
    const narrowed = filteredExportInput(input, 'ACME.com');
    assert.deepEqual(narrowed.companyUsers.map((u) => u.email), ['anna@acme.com', 'bruno@acme.com']);
    assert.equal(narrowed.teams[0]!.summary.users, 2);
    assert.equal(narrowed.teams[0]!.summary.completed_total, 15);
    const csv = exportContent(narrowed, 'csv');
    assert.ok(!csv.includes('carla@other.com'));
    assert.equal(filteredExportInput(input, '  '), input, 'no filter: everything');
  });
});
