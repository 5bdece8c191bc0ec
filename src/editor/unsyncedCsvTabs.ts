// CSV files open in a tab that VS Code never hands to extensions. VS Code 1.100 keeps text models above
// 50 MB from the extension host (no onDidOpenTextDocument, not in workspace.textDocuments), and a file
// above `workbench.editorLargeFileConfirmation` is not even loaded: the tab shows a "very large" notice.
// Either way the tab is the only trace, so each such tab's file is measured (a stat, never a read) and
// handed to the large-file check, which tells the user once if it is above the limit.
import * as vscode from 'vscode';
import { openDocumentFor } from './openDocuments';

/** The large-file check this module feeds (LargeFileGuard). */
export interface FileSizeCheck {
  check(uri: vscode.Uri): Promise<boolean>;
}

function csvUriOf(tab: vscode.Tab): vscode.Uri | undefined {
  if (!(tab.input instanceof vscode.TabInputText)) return undefined;
  return tab.input.uri.path.toLowerCase().endsWith('.csv') ? tab.input.uri : undefined;
}

export class UnsyncedCsvTabs implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly sizes: FileSizeCheck) {
    this.subscriptions = [
      vscode.window.tabGroups.onDidChangeTabs((event) => this.checkTabs([...event.opened, ...event.changed])),
      vscode.window.tabGroups.onDidChangeTabGroups((event) => this.checkTabs([...event.opened, ...event.changed].flatMap((group) => group.tabs))),
    ];
    this.checkTabs(vscode.window.tabGroups.all.flatMap((group) => group.tabs));
  }

  /** Tabs were opened or changed: a CSV tab without a text document gets its size checked. */
  private checkTabs(tabs: readonly vscode.Tab[]): void {
    for (const tab of tabs) {
      const uri = csvUriOf(tab);
      if (uri && !openDocumentFor(uri)) void this.sizes.check(uri);
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
