// Credentials revoked on the platform (the stored secret no longer works): every part of the tree says
// so with "Sign in again" instead of loading, and signing in again brings the figures back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type EmulatorHandle } from '../../../../src/emulator';
import type { SidebarApi } from '../../../../src/sidebar';
import { children, companyAndChildren, parseSummary, setTeamsSetting, sidebarApi, signIn } from './sidebarHarness';

describe('Sidebar: revoked credentials', function () {
  this.timeout(30000);
  let emulator: EmulatorHandle;
  let api: SidebarApi;

  before(async () => {
    api = await sidebarApi();
    await setTeamsSetting(['Finance']);
  });

  after(async () => {
    await vscode.commands.executeCommand('cyberguru.signOut');
    await setTeamsSetting(undefined);
    await emulator?.close();
  });

  it('shows "Sign in again" on the company and every team, and recovers after a new sign-in', async () => {
    const first = await startEmulator({ host: '127.0.0.1', port: 0, seed: 'revoked', users: 60, clientSecret: 'first-secret' });
    assert.equal(await signIn(first), true);
    const port = Number(new URL(first.url).port);
    await first.close();
    // Same address, new secret: the platform revoked the one stored in SecretStorage.
    emulator = await startEmulator({ host: '127.0.0.1', port, seed: 'revoked', users: 60, clientSecret: 'rotated-secret' });
    await vscode.commands.executeCommand('cyberguru.refreshReport');

    const { company, children: nodes } = await companyAndChildren(api);
    assert.equal(company.icon, 'error');
    const companyError = nodes.find((n) => n.contextValue === 'error');
    assert.ok(companyError, 'the company shows an error node');
    assert.match(companyError.label, /refused the client credentials/);
    const fixes = await children(api, companyError.node);
    assert.deepEqual(fixes.map((f) => f.command?.command), ['cyberguru.signIn']);
    const finance = nodes.find((n) => n.label === 'Finance');
    assert.ok(finance);
    const [financeError] = await children(api, finance.node);
    assert.equal(financeError?.description, 'AUTH_INVALID (HTTP 401)', 'the team shows the credential problem, not "cancelled"');

    assert.equal(await signIn(emulator, 'rotated-secret'), true);
    await vscode.commands.executeCommand('cyberguru.refreshReport');
    assert.equal(parseSummary((await companyAndChildren(api)).company.description).users, 60);
  });
});
