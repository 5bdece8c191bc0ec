// A username fix is never applied in bulk and never silently: a username can never change once the
// user is imported, so the user confirms in a modal first. Versioned: a stale fix changes nothing.
import * as vscode from 'vscode';
import { openDocumentFor } from './openDocuments';
import { inertLinks } from '../util/inertLinks';

export interface UsernameFixRequest {
  uri: string;
  /** Document version the fix was computed for. */
  version: number;
  title: string;
  edit: vscode.WorkspaceEdit;
}

function isRequest(value: unknown): value is UsernameFixRequest {
  const candidate = value as Partial<UsernameFixRequest> | undefined;
  return typeof candidate?.uri === 'string' && typeof candidate.version === 'number' && candidate.edit instanceof vscode.WorkspaceEdit;
}

/** Handles the "(changes a username)" quick fix; resolves true when the edit was applied. */
export async function applyUsernameFix(request: unknown): Promise<boolean> {
  if (!isRequest(request)) return false;
  const staleMessage = vscode.l10n.t('The file changed after this fix was offered: nothing was changed. Try the quick fix again.');
  if (openDocumentFor(request.uri)?.version !== request.version) {
    void vscode.window.showInformationMessage(inertLinks(staleMessage));
    return false;
  }
  const change = vscode.l10n.t('Change Username');
  const picked = await vscode.window.showWarningMessage(
    inertLinks(vscode.l10n.t('{fix}: change this username?', { fix: request.title })),
    {
      modal: true,
      detail: vscode.l10n.t(
        'A username can never be changed after the user is imported into Cyber Guru: the account would have to be deleted and recreated, losing its history. Change it only if this list has not been imported yet.',
      ),
    },
    change,
  );
  if (picked !== change) return false;
  if (openDocumentFor(request.uri)?.version !== request.version) {
    void vscode.window.showInformationMessage(inertLinks(staleMessage));
    return false;
  }
  return vscode.workspace.applyEdit(request.edit);
}
