// The Export command's files: the report module's formats, no row lost or doubled, missing teams said.
import * as assert from 'node:assert/strict';
import { aggregate, ReportError, type UserProgress, type UsersReport } from '../../../src/report';
import { userRecord } from '../../../src/emulator/dataset';
import { exportContent } from '../../../src/sidebar/model/exportContent';

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
