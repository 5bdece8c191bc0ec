import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { aggregate, completionRate, reportToJson, usersToCsv, type UserProgress } from '../../../src/report';
import { userRecord } from '../../../src/emulator/dataset';

const anna = userRecord('anna.ferrari@company.com', [12, 11], [8, 6]);
const marco = userRecord('marco.rossi@company.com', [12, 12], [8, 8]);

describe('report aggregation (team and company figures)', () => {
  it("rounds like the API's per-user rule: 11 of 12 is 91.67, nothing assigned is 0", () => {
    assert.equal(completionRate(11, 12), 91.67);
    assert.equal(completionRate(17, 20), 85);
    assert.equal(completionRate(1, 3), 33.33);
    assert.equal(completionRate(2, 3), 66.67);
    assert.equal(completionRate(0, 0), 0);
  });

  it("sums the guide's two users into team figures", () => {
    assert.deepEqual(aggregate([anna, marco], 90), {
      users: 2,
      assigned_total: 40,
      completed_total: 37,
      completion_rate: 92.5,
      users_complete: 1,
      users_below_threshold: 1,
      threshold: 90,
      awareness: { assigned: 24, completed: 23, completion_rate: 95.83, users_complete: 1 },
      channel: { assigned: 16, completed: 14, completion_rate: 87.5, users_complete: 1 },
    });
  });

  it('an empty team has zero figures, not NaN', () => {
    const summary = aggregate([], 80);
    assert.equal(summary.completion_rate, 0);
    assert.equal(summary.awareness.completion_rate, 0);
  });

  it('the rate is completed/assigned of the sums, within 0..100, for any users', () => {
    const service = fc.integer({ min: 0, max: 40 }).chain((assigned) => fc.tuple(fc.constant(assigned), fc.integer({ min: 0, max: assigned })));
    const user = fc.tuple(fc.emailAddress(), service, service).map(([email, a, c]) => userRecord(email, a, c));
    fc.assert(
      fc.property(fc.array(user, { maxLength: 50 }), (users: UserProgress[]) => {
        const s = aggregate(users, 80);
        const assigned = users.reduce((n, u) => n + u.assigned_total, 0);
        const completed = users.reduce((n, u) => n + u.completed_total, 0);
        assert.equal(s.assigned_total, assigned);
        assert.equal(s.completed_total, completed);
        assert.ok(s.completion_rate >= 0 && s.completion_rate <= 100);
        assert.ok(Math.abs(s.completion_rate - (assigned ? (completed / assigned) * 100 : 0)) <= 0.005 + 1e-9);
        assert.equal(s.users_below_threshold, users.filter((u) => u.completion_rate_total < 80).length);
      }),
    );
  });
});

describe('report export formats', () => {
  it('CSV has one row per user with the service columns and CRLF line ends', () => {
    assert.equal(
      usersToCsv([{ user: anna }, { user: marco }]),
      'email,assigned_total,completed_total,completion_rate_total,awareness_assigned,awareness_completed,awareness_completion_rate,channel_assigned,channel_completed,channel_completion_rate\r\n' +
        'anna.ferrari@company.com,20,17,85,12,11,91.67,8,6,75\r\n' +
        'marco.rossi@company.com,20,20,100,12,12,100,8,8,100\r\n',
    );
  });

  it('CSV quotes team names with commas and defuses spreadsheet formulas', () => {
    const csv = usersToCsv([{ user: anna, team: 'Sales, "EMEA"' }, { user: marco, team: '=HYPERLINK("x")' }]);
    const lines = csv.split('\r\n');
    assert.ok(lines[0]?.startsWith('team,email,'));
    assert.ok(lines[1]?.startsWith('"Sales, ""EMEA""",anna.ferrari@company.com,'));
    assert.ok(lines[2]?.startsWith(`"'=HYPERLINK(""x"")",marco.rossi@company.com,`));
  });

  it('JSON has generated_at, total_users, users and, with teams, the team figures', () => {
    const json = reportToJson('2026-01-01T00:00:00.000Z', [anna, marco], [{ name: 'Sales', summary: aggregate([anna, marco], 80) }]);
    assert.equal(json.total_users, 2);
    assert.deepEqual(Object.keys(json), ['generated_at', 'total_users', 'users', 'teams']);
    assert.deepEqual(json.teams?.[0]?.name, 'Sales');
    assert.deepEqual(json.teams?.[0]?.completion_rate, 92.5);
    assert.deepEqual(Object.keys(reportToJson('2026-01-01T00:00:00.000Z', [anna])), ['generated_at', 'total_users', 'users']);
  });
});
