// What the admin changes in the view: filter by e-mail, sort order, threshold, adding and removing teams.
// Each check reads the tree as the view shows it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type EmulatorHandle } from '../../../../src/emulator';
import type { SidebarApi } from '../../../../src/sidebar';
import { expectedFigures } from './expectedFigures';
import { children, companyAndChildren, parseSummary, setTeamsSetting, sidebarApi, signIn, waitForTree } from './sidebarHarness';

describe('Sidebar: filter, sort, threshold and team list', function () {
  this.timeout(30000);
  let emulator: EmulatorHandle;
  let api: SidebarApi;

  before(async () => {
    emulator = await startEmulator({ host: '127.0.0.1', port: 0, seed: 'view-options', users: 150, faults: { rankings: 404 } });
    api = await sidebarApi();
    await setTeamsSetting(['Finance']);
    assert.equal(await signIn(emulator), true);
    await vscode.commands.executeCommand('cyberguru.refreshReport');
  });

  after(async () => {
    await vscode.commands.executeCommand('cyberguru.clearReportFilter');
    await vscode.commands.executeCommand('cyberguru.sortReport', 'lowestFirst');
    await vscode.workspace.getConfiguration('cyberguru.report').update('threshold', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('cyberguru.signOut');
    await setTeamsSetting(undefined);
    await emulator?.close();
  });

  const allUsers = async () => {
    const node = (await companyAndChildren(api)).children.find((n) => n.contextValue === 'allUsers');
    assert.ok(node, 'an "All users" node');
    return node;
  };

  it('without the platform\'s team list, shows the configured team and says why the others are missing', async () => {
    // No user list open either: its team column would add names.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const labels = async () => (await companyAndChildren(api)).children.map((n) => n.label);
    await waitForTree(api, async () => !(await labels()).includes('Engineering'), 'the closed user list\'s teams to leave the tree');
    const { children: nodes } = await companyAndChildren(api);
    const shownLabels = nodes.map((n) => n.label);
    assert.ok(shownLabels.includes('Finance'));
    assert.ok(!shownLabels.includes('Engineering'), 'no platform team without the team list');
    assert.ok(shownLabels.some((l) => /Team list not available \(HTTP 404\)/.test(l)), `a note says why: ${shownLabels.join(' | ')}`);
  });

  it('filters users by e-mail text, and clears the filter', async () => {
    await vscode.commands.executeCommand('cyberguru.filterReport', 'ANNA.FERRARI@');
    const node = await allUsers();
    assert.equal(node.description, '1 of 150 match');
    assert.deepEqual((await children(api, node.node)).map((u) => u.label), ['anna.ferrari@company.com']);
    await vscode.commands.executeCommand('cyberguru.clearReportFilter');
    assert.equal((await allUsers()).description, '150');
  });

  it('sorts users highest completion first on request', async () => {
    await vscode.commands.executeCommand('cyberguru.sortReport', 'highestFirst');
    const rates = (await children(api, (await allUsers()).node)).filter((u) => u.contextValue === 'user').map((u) => Number(/^([\d.]+) %/.exec(u.description)?.[1]));
    assert.ok(rates.length > 10);
    assert.deepEqual(rates, [...rates].sort((a, b) => b - a));
    await vscode.commands.executeCommand('cyberguru.sortReport', 'lowestFirst');
  });

  it('counts users below the threshold set in the settings', async () => {
    await vscode.workspace.getConfiguration('cyberguru.report').update('threshold', 100, vscode.ConfigurationTarget.Global);
    await waitForTree(api, async () => parseSummary((await companyAndChildren(api)).company.description).threshold === 100, 'the company figures at the 100 % threshold');
    const summary = parseSummary((await companyAndChildren(api)).company.description);
    assert.equal(summary.below, expectedFigures('view-options', 150, 100).company.below, 'users under 100 %, from the emulator\'s data');
    assert.equal(summary.rate, expectedFigures('view-options', 150, 80).company.rate, 'the rate does not depend on the threshold');
  });

  it('adds a team to the user settings and removes it again', async () => {
    await vscode.commands.executeCommand('cyberguru.addTeam', 'Operations');
    assert.deepEqual(vscode.workspace.getConfiguration('cyberguru.report').inspect<string[]>('teams')?.globalValue, ['Finance', 'Operations']);
    const labels = async () => (await companyAndChildren(api)).children.map((n) => n.label);
    await waitForTree(api, async () => (await labels()).includes('Operations'), 'the added team in the tree');
    await vscode.commands.executeCommand('cyberguru.removeTeam', 'Operations');
    assert.deepEqual(vscode.workspace.getConfiguration('cyberguru.report').inspect<string[]>('teams')?.globalValue, ['Finance']);
    await waitForTree(api, async () => !(await labels()).includes('Operations'), 'the removed team gone from the tree');
  });
});
