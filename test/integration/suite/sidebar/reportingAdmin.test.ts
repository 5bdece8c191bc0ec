// What a reporting admin does with the figures, inside VS Code against two emulators: a staging and a
// production connection side by side (switching changes every figure), history read back from storage
// with the right changes after the platform's data moved, the dashboard drawing the tree's figures, and
// a refresh against a platform that went away keeping the last figures with one message.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RenderedFigures } from '../../../../src/dashboard/dashboardPanel';
import type { DashboardModel } from '../../../../src/dashboard/dashboardModel';
import { buildDataset, isReported } from '../../../../src/emulator/dataset';
import { startEmulator, type EmulatorHandle } from '../../../../src/emulator';
import type { SidebarApi } from '../../../../src/sidebar';
import { expectedFigures } from './expectedFigures';
import { children, companyAndChildren, parseSummary, setTeamsSetting, sidebarApi, type ShownNode } from './sidebarHarness';

const STAGING = { name: 'ACME staging', seed: 'acme-staging', users: 180 };
const PRODUCTION = { name: 'ACME production', seed: 'acme-production', users: 420 };

interface HistoryState {
  times: string[];
  comparison?: { since: string; company: { rate: number; completed: number }; teams: Record<string, { rate: number; completed: number }>; completedSince?: string[] };
}

async function connect(emulator: EmulatorHandle, name: string): Promise<void> {
  const ok = await vscode.commands.executeCommand('cyberguru.signIn', { name, tenant: emulator.tenant, apiUrl: emulator.url, loginUrl: emulator.url, clientSecret: emulator.clientSecret });
  assert.equal(ok, true, `signed in as ${name}`);
}

/** Company and team figures as the tree shows them (team name -> parsed description). */
async function treeFigures(api: SidebarApi) {
  const { company, children: nodes } = await companyAndChildren(api);
  const teams = new Map<string, ReturnType<typeof parseSummary>>();
  for (const node of nodes.filter((n) => n.contextValue === 'team')) teams.set(node.label, parseSummary(node.description));
  return { company: parseSummary(company.description), companyNode: company, nodes, teams };
}

function assertMatchesEmulator(figures: Awaited<ReturnType<typeof treeFigures>>, seed: string, users: number): void {
  const expected = expectedFigures(seed, users, 80);
  assert.equal(figures.company.users, expected.company.users);
  assert.equal(figures.company.rate, expected.company.rate);
  assert.equal(figures.company.below, expected.company.below);
  for (const [name, team] of expected.teams) {
    const shown = figures.teams.get(name);
    assert.ok(shown, `team ${name} is shown`);
    assert.deepEqual([shown.users, shown.rate, shown.below], [team.users, team.rate, team.below], name);
  }
}

describe('Sidebar: connections, history, dashboard and last good data', function () {
  this.timeout(60000);
  let staging: EmulatorHandle;
  let production: EmulatorHandle;
  let api: SidebarApi;

  before(async () => {
    staging = await startEmulator({ host: '127.0.0.1', port: 0, seed: STAGING.seed, users: STAGING.users, tenant: 'acme-staging', clientSecret: 'staging-secret-1' });
    production = await startEmulator({ host: '127.0.0.1', port: 0, seed: PRODUCTION.seed, users: PRODUCTION.users, tenant: 'acme', clientSecret: 'production-secret-2' });
    api = await sidebarApi();
    await setTeamsSetting([]);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('cyberguru.signOut');
    await setTeamsSetting(undefined);
    await staging?.close();
    await production?.close();
  });

  it('keeps two named connections and switching changes every figure', async () => {
    await connect(staging, STAGING.name);
    await connect(production, PRODUCTION.name);
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    assertMatchesEmulator(await treeFigures(api), PRODUCTION.seed, PRODUCTION.users);

    assert.equal(await vscode.commands.executeCommand('cyberguru.switchConnection', { name: STAGING.name }), true);
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    const stagingFigures = await treeFigures(api);
    assertMatchesEmulator(stagingFigures, STAGING.seed, STAGING.users);
    assert.equal(stagingFigures.companyNode.label, 'acme-staging', 'the root names the staging tenant');

    assert.equal(await vscode.commands.executeCommand('cyberguru.switchConnection', { name: PRODUCTION.name }), true);
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    const productionFigures = await treeFigures(api);
    assertMatchesEmulator(productionFigures, PRODUCTION.seed, PRODUCTION.users);
    assert.notEqual(productionFigures.company.users, stagingFigures.company.users);

    const snapshot = await vscode.commands.executeCommand<{ globalState: Record<string, unknown> }>('cyberguru.internal.sidebarStorage');
    const state = JSON.stringify(snapshot.globalState);
    assert.ok(state.includes(STAGING.name) && state.includes(PRODUCTION.name), 'both connections are saved');
    assert.ok(!state.includes('staging-secret-1') && !state.includes('production-secret-2'), 'no secret in global state');
    assert.equal(await vscode.commands.executeCommand('cyberguru.switchConnection', { name: 'ACME nowhere' }), undefined, 'an unknown name is refused');
    assert.equal((await treeFigures(api)).company.users, productionFigures.company.users, 'and the active connection stays');
  });

  it('reads the history back from storage and shows what changed after the platform\'s data moved', async () => {
    const before = await vscode.commands.executeCommand<HistoryState>('cyberguru.internal.reportHistory');
    assert.ok(before.times.length >= 2, `snapshots stored: ${before.times.length}`);
    // Another connection and back: the production history is read from storage, not kept in memory.
    await vscode.commands.executeCommand('cyberguru.switchConnection', { name: STAGING.name });
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    await vscode.commands.executeCommand('cyberguru.switchConnection', { name: PRODUCTION.name });
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    const reread = await vscode.commands.executeCommand<HistoryState>('cyberguru.internal.reportHistory');
    assert.ok(reread.times.length > before.times.length);
    assert.equal(reread.comparison?.since, reread.times.at(-2), 'compared with the snapshot stored before the switch');
    assert.deepEqual(reread.comparison?.completedSince, [], 'nothing changed on the platform yet');

    const finished = production.completeUsers(7);
    assert.equal(finished.length, 7);
    const dataset = buildDataset({ seed: PRODUCTION.seed, users: PRODUCTION.users }).filter(isReported);
    const missing = dataset.filter((u) => finished.includes(u.record.email)).reduce((sum, u) => sum + u.record.assigned_total - u.record.completed_total, 0);
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    const after = await vscode.commands.executeCommand<HistoryState>('cyberguru.internal.reportHistory');
    assert.equal(after.times.length, reread.times.length + 1);
    assert.ok(after.comparison, 'compared with the previous snapshot');
    assert.equal(after.comparison.since, reread.times.at(-1));
    assert.deepEqual(after.comparison.completedSince, finished.map((e) => e.toLowerCase()).sort());
    assert.equal(after.comparison.company.completed, missing);

    const figures = await treeFigures(api);
    assert.match(figures.companyNode.description, / · \+[\d.]+ pts$/, 'the company shows its change');
    const completedSince = figures.nodes.find((n) => n.contextValue === 'completedSince');
    assert.ok(completedSince, 'a "Completed since" node');
    assert.match(completedSince.label, /^Completed since /);
    const users = await children(api, completedSince.node);
    assert.deepEqual(users.map((u) => u.label.toLowerCase()).sort(), finished.map((e) => e.toLowerCase()).sort());
    const teamOfFirst = dataset.find((u) => u.record.email === finished[0])!.team;
    const team = figures.nodes.find((n) => n.label === teamOfFirst) as ShownNode;
    assert.match(team.description, / · \+[\d.]+ pts$/, `${teamOfFirst} shows its change`);
    assert.equal(after.comparison.teams[teamOfFirst]!.completed > 0, true);

    const csvUri = vscode.Uri.file(path.join(os.tmpdir(), `cg-snapshot-${process.pid}.csv`));
    await vscode.commands.executeCommand('cyberguru.exportSnapshot', { uri: csvUri.toString() });
    const csv = fs.readFileSync(csvUri.fsPath, 'utf8').trimEnd().split('\r\n');
    assert.equal(csv.filter((l) => l.includes(',user,')).length, figures.company.users);
    assert.ok(csv.some((l) => l.includes(',company,acme,')));
    fs.rmSync(csvUri.fsPath, { force: true });
  });

  it('the dashboard draws the tree\'s figures, and its laggards are the tree\'s users below the threshold', async () => {
    await vscode.commands.executeCommand('cyberguru.showDashboard');
    const state = await vscode.commands.executeCommand<{ sent?: DashboardModel; rendered?: RenderedFigures }>('cyberguru.internal.dashboard', { op: 'state' });
    assert.ok(state?.sent && state.rendered, 'the page drew the model');
    const figures = await treeFigures(api);
    const rate = (text: string) => Number(text.replace(/[^\d.]/g, ''));
    assert.equal(rate(state.rendered.company.rate), figures.company.rate);
    assert.equal(Number(state.rendered.company.users.replace(/,/g, '')), figures.company.users);
    assert.equal(Number(state.rendered.company.below.replace(/,/g, '')), figures.company.below);
    assert.equal(state.rendered.teams.length, figures.teams.size);
    for (const team of state.rendered.teams) assert.equal(rate(team.rate), figures.teams.get(team.name)?.rate, team.name);
    for (const group of state.rendered.laggardTeams) assert.equal(Number(group.total.replace(/,/g, '')), figures.teams.get(group.team)?.below, group.team);
    assert.equal(state.rendered.bands.reduce((s, b) => s + Number(b.replace(/,/g, '')), 0), figures.company.users, 'every user in one band');
    assert.ok(state.rendered.trendPoints >= 2, 'the trend has the stored snapshots');

    const team = state.rendered.laggardTeams[0]!.team;
    const copied = await vscode.commands.executeCommand<number>('cyberguru.internal.dashboard', { op: 'copyEmails', team });
    const clipboard = (await vscode.env.clipboard.readText()).split('\n');
    assert.equal(copied, figures.teams.get(team)?.below);
    assert.equal(clipboard.length, copied);
    const out = vscode.Uri.file(path.join(os.tmpdir(), `cg-laggards-${process.pid}.csv`));
    await vscode.commands.executeCommand('cyberguru.internal.dashboard', { op: 'export', team, uri: out.toString() });
    const rows = fs.readFileSync(out.fsPath, 'utf8').trimEnd().split('\r\n');
    assert.equal(rows.length, 1 + copied);
    assert.deepEqual(new Set(rows.slice(1).map((r) => r.split(',')[1])), new Set(clipboard));
    fs.rmSync(out.fsPath, { force: true });
  });

  it('a refresh against a stopped platform keeps the last figures, marked, with one message', async () => {
    const before = await treeFigures(api);
    const historyBefore = await vscode.commands.executeCommand<HistoryState>('cyberguru.internal.reportHistory');
    const messagesBefore = await vscode.commands.executeCommand<string[]>('cyberguru.internal.reportMessages');
    await production.close();
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    const after = await treeFigures(api);
    assert.deepEqual(after.company, before.company, 'the company keeps its figures');
    assert.match(after.companyNode.description, / · as of \d\d:\d\d( [AP]M)?/);
    for (const [name, figures] of before.teams) assert.deepEqual(after.teams.get(name), figures, `${name} keeps its figures`);
    assert.deepEqual(after.nodes.filter((n) => n.contextValue === 'error' || n.contextValue === 'team.failed').map((n) => n.label), [], 'no error per team');
    const notices = after.nodes.filter((n) => n.contextValue === 'stale');
    assert.equal(notices.length, 1, 'one line says the refresh failed');
    assert.match(notices[0]!.label, /^Refresh failed: showing the figures read at \d\d:\d\d( [AP]M)?$/);
    const messages = await vscode.commands.executeCommand<string[]>('cyberguru.internal.reportMessages');
    assert.equal(messages.length, messagesBefore.length + 1, 'one error message');
    assert.match(messages.at(-1)!, /^Could not refresh the training completion: .* The figures shown were read at \d\d:\d\d( [AP]M)?\.$/);
    const history = await vscode.commands.executeCommand<HistoryState>('cyberguru.internal.reportHistory');
    assert.deepEqual(history.times, historyBefore.times, 'no snapshot of kept figures');
  });
});
