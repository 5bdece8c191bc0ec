// Shared steps of the sidebar suites: the extension's API, signing in to an emulator started by the
// test, reading what the tree shows, and waiting for the tree to change (events, never sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EmulatorHandle } from '../../../../src/emulator';
import type { SidebarApi } from '../../../../src/sidebar';
import type { TreeNode } from '../../../../src/sidebar/tree/treeNode';

export const EXTENSION_ID = 'cyberguru-admin-tools.cyberguru-userlist';

export async function sidebarApi(): Promise<SidebarApi> {
  const extension = vscode.extensions.getExtension<SidebarApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  assert.ok(api?.reportTree, 'activate() returns { reportTree }');
  return api;
}

export function signInArguments(emulator: EmulatorHandle, clientSecret = emulator.clientSecret) {
  return { tenant: emulator.tenant, apiUrl: emulator.url, loginUrl: emulator.url, clientSecret };
}

/** Runs `cyberguru.signIn` with arguments (no prompts); true when it signed in. */
export async function signIn(emulator: EmulatorHandle, clientSecret?: string): Promise<boolean> {
  return (await vscode.commands.executeCommand<boolean | undefined>('cyberguru.signIn', signInArguments(emulator, clientSecret))) === true;
}

/** A node as the user sees it. */
export interface ShownNode {
  node: TreeNode;
  label: string;
  description: string;
  icon?: string;
  contextValue?: string;
  command?: vscode.Command;
}

export async function shown(api: SidebarApi, node: TreeNode): Promise<ShownNode> {
  const item = await api.reportTree.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  return {
    node,
    label,
    description: typeof item.description === 'string' ? item.description : '',
    icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
    contextValue: item.contextValue,
    command: item.command,
  };
}

export async function children(api: SidebarApi, node?: TreeNode): Promise<ShownNode[]> {
  const nodes = (await api.reportTree.getChildren(node)) ?? [];
  return Promise.all(nodes.map((n) => shown(api, n)));
}

/** The company node and its children. */
export async function companyAndChildren(api: SidebarApi): Promise<{ company: ShownNode; children: ShownNode[] }> {
  const roots = await children(api);
  assert.equal(roots.length, 1, 'the tree has one root: the company');
  const company = roots[0] as ShownNode;
  return { company, children: await children(api, company.node) };
}

export async function teamNamed(api: SidebarApi, name: string): Promise<ShownNode> {
  const { children: nodes } = await companyAndChildren(api);
  const team = nodes.find((n) => n.label === name && n.contextValue?.startsWith('team'));
  assert.ok(team, `team "${name}" is in the tree (shown: ${nodes.map((n) => n.label).join(', ')})`);
  return team;
}

/**
 * Resolves once `condition` holds, checking now and after every onDidChangeTreeData event. The
 * deadline only turns a missing event into a clear failure.
 */
export async function waitForTree(api: SidebarApi, condition: () => Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> {
  if (await condition()) return;
  await new Promise<void>((resolve, reject) => {
    let checking = Promise.resolve();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = api.reportTree.onDidChangeTreeData!(() => {
      checking = checking.then(async () => {
        if (await condition()) {
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        }
      });
    });
  });
}

/** "84.21 % · 47 users · 12 below 80 %" (and any suffix) -> its numbers (English display language). */
export function parseSummary(description: string): { rate: number; users: number; below: number; threshold: number } {
  // After the figures may come " · as of 10:05" (kept from an earlier read) and " · +2.5 pts" (history).
  const match = /^([\d.,]+) % · ([\d,]+) users · ([\d,]+) below ([\d.]+) %(?: · .*)?$/.exec(description);
  assert.ok(match, `a summary description: "${description}"`);
  const num = (s: string) => Number(s.replace(/,/g, ''));
  return { rate: num(match[1]!), users: num(match[2]!), below: num(match[3]!), threshold: num(match[4]!) };
}

export async function setTeamsSetting(teams: string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('cyberguru.report').update('teams', teams, vscode.ConfigurationTarget.Global);
}
