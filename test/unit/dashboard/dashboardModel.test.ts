// The dashboard's figures come from the same report as the tree's: company and team rates, users by
// band, laggards per team lowest first (all of them counted, the first 100 listed).
import * as assert from 'node:assert/strict';
import { buildDataset, isReported } from '../../../src/emulator/dataset';
import { aggregate, type UserProgress } from '../../../src/report';
import { buildDashboardModel, LAGGARDS_SHOWN } from '../../../src/dashboard/dashboardModel';

describe('dashboard model', () => {
  const data = buildDataset({ seed: 'dashboard', users: 3000 }).filter(isReported);
  const company = data.map((u) => u.record);
  const byTeam = new Map<string, UserProgress[]>();
  for (const u of data) byTeam.set(u.team, [...(byTeam.get(u.team) ?? []), u.record]); // 3,000 users: small enough to copy
  const input = {
    connectionName: 'ACME production',
    tenant: 'acme',
    readAt: '2026-12-04T10:00:00.000Z',
    threshold: 80,
    company: { name: 'acme', users: company, summary: aggregate(company, 80) },
    teams: [...byTeam].map(([name, users]) => ({ name, users, summary: aggregate(users, 80) })),
    trend: [],
  };

  it('has the company and each team as aggregated, teams lowest first with the threshold verdict', async () => {
    const model = await buildDashboardModel(input);
    const summary = aggregate(company, 80);
    assert.deepEqual(model.company, {
      users: summary.users,
      rate: summary.completion_rate,
      awareness: summary.awareness.completion_rate,
      channel: summary.channel.completion_rate,
      below: summary.users_below_threshold,
      complete: summary.users_complete,
    });
    assert.equal(model.teams.length, byTeam.size);
    for (const team of model.teams) {
      const expected = aggregate(byTeam.get(team.name)!, 80);
      assert.equal(team.rate, expected.completion_rate);
      assert.equal(team.meetsThreshold, expected.completion_rate >= 80);
    }
    assert.deepEqual(model.teams.map((t) => t.rate), [...model.teams.map((t) => t.rate)].sort((a, b) => a - b));
  });

  it('puts every user in exactly one band', async () => {
    const model = await buildDashboardModel(input);
    assert.equal(model.bands.reduce((s, b) => s + b.users, 0), company.length);
    assert.equal(model.bands.at(-1)!.users, company.filter((u) => u.completion_rate_total >= 100).length);
    assert.equal(model.bands[0]!.users, company.filter((u) => u.completion_rate_total < 1).length);
  });

  it('lists each team\'s users below the threshold, lowest first, all counted', async () => {
    const model = await buildDashboardModel(input);
    for (const group of model.laggards) {
      const below = byTeam.get(group.team)!.filter((u) => u.completion_rate_total < 80);
      assert.equal(group.total, below.length);
      assert.equal(group.rows.length, Math.min(LAGGARDS_SHOWN, below.length));
      assert.equal(group.rows[0]!.rate, Math.min(...below.map((u) => u.completion_rate_total)));
    }
    assert.equal(model.laggards.reduce((s, g) => s + g.total, 0), aggregate(company, 80).users_below_threshold);
  });
});
