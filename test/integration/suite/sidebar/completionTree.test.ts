// The Training Completion view against the project's API emulator, started here on 127.0.0.1: sign-in
// keeps the secret in SecretStorage only, the tree shows the right figures, a failing team becomes an
// error node while the others load, a token revoked mid-load is renewed silently, export matches.
import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startEmulator, type EmulatorHandle } from '../../../../src/emulator';
import type { SidebarApi } from '../../../../src/sidebar';
import { expectedFigures } from './expectedFigures';
import { children, companyAndChildren, parseSummary, setTeamsSetting, sidebarApi, signIn, teamNamed, waitForTree } from './sidebarHarness';

const SEED = 'sidebar-tests';
const USERS = 600;
const UNKNOWN_TEAM = 'No Such Team';
const expected = expectedFigures(SEED, USERS, 80);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f.toString()))
    .filter((f) => fs.statSync(f).isFile());
}

interface StorageSnapshot {
  globalState: Record<string, unknown>;
  globalStorageUri: string;
  logUri: string;
}

describe('Sidebar: Training Completion against the API emulator', function () {
  this.timeout(30000);
  let emulator: EmulatorHandle;
  let api: SidebarApi;
  const secret = `it-secret-${randomBytes(12).toString('hex')}`;

  before(async () => {
    emulator = await startEmulator({ host: '127.0.0.1', port: 0, seed: SEED, users: USERS, clientSecret: secret });
    api = await sidebarApi();
    await setTeamsSetting(['Finance', UNKNOWN_TEAM]);
  });

  after(async () => {
    await vscode.commands.executeCommand('cyberguru.signOut');
    await setTeamsSetting(undefined);
    await emulator?.close();
  });

  it('shows no tree (the welcome view) before sign-in', async () => {
    assert.deepEqual(await children(api), []);
  });

  it('refuses a wrong client secret and saves nothing', async () => {
    assert.equal(await signIn(emulator, 'not-the-secret'), false, 'sign-in reports failure');
    assert.deepEqual(await children(api), [], 'still not connected: the welcome view stays');
    const snapshot = await vscode.commands.executeCommand<StorageSnapshot>('cyberguru.internal.sidebarStorage');
    assert.equal(snapshot.globalState['cyberguru.connections'], undefined, 'no connection details were saved');
  });

  it('signs in and keeps the secret out of settings, global state and logs', async () => {
    assert.equal(await signIn(emulator), true, 'sign-in with the right secret succeeds');
    assert.equal((await children(api)).length, 1, 'connected: the tree has the company root');
    const snapshot = await vscode.commands.executeCommand<StorageSnapshot>('cyberguru.internal.sidebarStorage');
    const state = JSON.stringify(snapshot.globalState);
    assert.ok(state.includes(emulator.url), 'tenant and URLs are kept in user-level global state');
    assert.ok(!state.includes(secret), 'the secret is not in global state');
    // Settings: the user's settings.json (next to globalStorage) and every workspace folder's.
    const userDir = path.resolve(vscode.Uri.parse(snapshot.globalStorageUri).fsPath, '..', '..');
    const settingsFiles = [path.join(userDir, 'settings.json'), ...(vscode.workspace.workspaceFolders ?? []).map((f) => path.join(f.uri.fsPath, '.vscode', 'settings.json'))];
    for (const file of settingsFiles.filter((f) => fs.existsSync(f))) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(!text.includes(secret), `${file} does not contain the secret`);
      assert.ok(!text.includes(emulator.url), `${file} does not contain the API URL`);
    }
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    // Logs of this session: the extension's log channel and everything the host wrote.
    const sessionLogs = path.resolve(vscode.Uri.parse(snapshot.logUri).fsPath, '..', '..');
    const logFiles = filesUnder(sessionLogs);
    assert.ok(logFiles.some((f) => fs.readFileSync(f, 'utf8').includes('Signed in to tenant')), 'the extension log was found');
    for (const file of logFiles) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(!text.includes(secret), `${file} does not contain the secret`);
      for (const token of emulator.issuedTokens()) assert.ok(!text.includes(token), `${file} does not contain an access token`);
    }
  });

  it('shows the company and every team with the figures of the emulator\'s data', async () => {
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    const { company, children: nodes } = await companyAndChildren(api);
    const companyFigures = parseSummary(company.description);
    assert.deepEqual(companyFigures, { rate: expected.company.rate, users: expected.company.users, below: expected.company.below, threshold: 80 });
    for (const [name, figures] of expected.teams) {
      const team = nodes.find((n) => n.label === name);
      assert.ok(team, `team ${name} from the platform's team list is shown`);
      assert.deepEqual(parseSummary(team.description), { rate: figures.rate, users: figures.users, below: figures.below, threshold: 80 }, `figures of ${name}`);
      assert.equal(team.icon, 'organization');
    }
  });

  it('lists a team\'s users lowest completion first, pages them with "Load more", and shows two services per user', async () => {
    const [name, figures] = [...expected.teams].sort((a, b) => b[1].users - a[1].users)[0]!;
    assert.ok(figures.users > 50, `the biggest team (${name}) has more users than one page`);
    const team = await teamNamed(api, name);
    const rows = await children(api, team.node);
    const users = rows.filter((r) => r.contextValue === 'user');
    assert.equal(users.length, 50, 'one page of 50 users');
    const rates = users.map((u) => Number(/^([\d.]+) %/.exec(u.description)?.[1]));
    assert.deepEqual(rates, [...rates].sort((a, b) => a - b), 'lowest completion first');
    const loadMore = rows.at(-1)!;
    assert.equal(loadMore.contextValue, 'loadMore');
    assert.equal(loadMore.description, `50 of ${figures.users} shown`);
    const changed = new Promise<unknown>((resolve) => {
      const subscription = api.reportTree.onDidChangeTreeData!((node) => {
        subscription.dispose();
        resolve(node);
      });
    });
    await vscode.commands.executeCommand(loadMore.command!.command, ...(loadMore.command!.arguments ?? []));
    assert.equal(await changed, team.node, 'only the team node is refreshed');
    const more = (await children(api, team.node)).filter((r) => r.contextValue === 'user');
    assert.equal(more.length, Math.min(100, figures.users));
    const services = await children(api, users[0]!.node);
    assert.deepEqual(services.map((s) => s.label), ['Awareness', 'Channel']);
  });

  it('shows an unknown team as an error node with a fix, while the other teams load', async () => {
    const team = await teamNamed(api, UNKNOWN_TEAM);
    assert.equal(team.icon, 'error');
    const [error] = await children(api, team.node);
    assert.ok(error, 'the failing team has an error node');
    assert.equal(error.contextValue, 'error');
    assert.match(error.description, /^EXT_1004 \(HTTP 422\)$/);
    assert.match(error.label, /does not exist/);
    const fixes = await children(api, error.node);
    assert.ok(fixes.some((f) => f.command?.command === 'cyberguru.removeTeam' && f.command.arguments?.[0] === UNKNOWN_TEAM), 'a "Remove" fix');
    const finance = await teamNamed(api, 'Finance');
    assert.equal(parseSummary(finance.description).users, expected.teams.get('Finance')!.users, 'Finance still loaded');
  });

  it('renews a token revoked in the middle of a load without bothering the user', async () => {
    const issuedBefore = emulator.stats.tokensIssued;
    emulator.setFaults({ revokeTokens: { after: 3 } });
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    emulator.setFaults({});
    assert.ok(emulator.stats.tokensIssued > issuedBefore, 'a fresh token was fetched after the revocation');
    const { company, children: nodes } = await companyAndChildren(api);
    assert.equal(parseSummary(company.description).users, expected.company.users);
    for (const [name, figures] of expected.teams) {
      const team = nodes.find((n) => n.label === name);
      assert.equal(team && parseSummary(team.description).users, figures.users, `${name} loaded after the revocation`);
    }
  });

  it('exports JSON and CSV files whose figures match the tree', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const jsonUri = vscode.Uri.joinPath(folder, 'export-test.json');
    const csvUri = vscode.Uri.joinPath(folder, 'export-test.csv');
    await vscode.commands.executeCommand('cyberguru.exportReport', { format: 'json', uri: jsonUri });
    await vscode.commands.executeCommand('cyberguru.exportReport', { format: 'csv', uri: csvUri });
    const { company, children: nodes } = await companyAndChildren(api);
    const json = JSON.parse(fs.readFileSync(jsonUri.fsPath, 'utf8'));
    // Every employee's e-mail: a new export is readable by the user only.
    if (process.platform !== 'win32') assert.equal(fs.statSync(jsonUri.fsPath).mode & 0o777, 0o600);
    const companyFigures = parseSummary(company.description);
    assert.equal(json.total_users, companyFigures.users);
    assert.ok(json.warnings.some((w: string) => w.includes(UNKNOWN_TEAM)), 'the JSON says which team is missing');
    const csv = fs.readFileSync(csvUri.fsPath, 'utf8').trimEnd().split('\r\n').map((line) => line.split(','));
    assert.equal(csv[0]![0], 'team');
    for (const node of nodes.filter((n) => n.contextValue === 'team')) {
      const figures = parseSummary(node.description);
      const team = json.teams.find((t: { name: string }) => t.name === node.label);
      assert.equal(team.users, figures.users, `JSON users of ${node.label}`);
      assert.equal(team.completion_rate, figures.rate, `JSON rate of ${node.label}`);
      assert.equal(team.users_below_threshold, figures.below);
      const rows = csv.slice(1).filter((r) => r[0] === node.label);
      const assigned = rows.reduce((sum, r) => sum + Number(r[2]), 0);
      const completed = rows.reduce((sum, r) => sum + Number(r[3]), 0);
      assert.equal(rows.length, figures.users, `CSV rows of ${node.label}`);
      assert.equal(Math.round((completed / assigned) * 10000) / 100, figures.rate, `CSV rate of ${node.label}`);
    }
    assert.equal(new Set(csv.slice(1).map((r) => r[1])).size, companyFigures.users, 'every company user is in the CSV once');
  });

  it('adds the team names of the open user list\'s team column', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    // samples/.cyberguru.json names "Department" as the team column: Sales_EMEA, Finance, Engineering.
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'users-clean.csv'));
    const names = async () => (await companyAndChildren(api)).children.map((n) => n.label);
    await waitForTree(api, async () => (await names()).includes('Sales_EMEA'), 'the user list\'s team "Sales_EMEA" in the tree');
    assert.ok((await names()).includes('Engineering'));
  });

  it('compares the open user list with the report', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const uri = vscode.Uri.joinPath(folder, 'users-clean.csv');
    const result = await vscode.commands.executeCommand<{ onlyInFile: { email: string; line: number }[]; onlyInReport: { email: string }[]; matched: number }>(
      'cyberguru.compareWithUserList',
      { uri, show: false },
    );
    const document = await vscode.workspace.openTextDocument(uri);
    const fileEmails = document.getText().split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',')[2]!);
    const reported = new Set(expected.company.emails);
    assert.deepEqual(result.onlyInFile.map((r) => r.email), fileEmails.filter((e) => !reported.has(e)));
    for (const row of result.onlyInFile) assert.ok(document.lineAt(row.line).text.includes(row.email), `line ${row.line + 1} holds ${row.email}`);
    assert.equal(result.matched, fileEmails.filter((e) => reported.has(e)).length);
    assert.equal(result.onlyInReport.length, expected.company.users - result.matched);
  });

  it('goes back to the welcome view after sign-out', async () => {
    await vscode.commands.executeCommand('cyberguru.signOut');
    assert.deepEqual(await children(api), []);
    const snapshot = await vscode.commands.executeCommand<StorageSnapshot>('cyberguru.internal.sidebarStorage');
    assert.ok(!JSON.stringify(snapshot.globalState).includes(secret));
  });
});
