// "Cyber Guru: Preview Import": what importing the open list would change against the configured
// baseline, as a Markdown document beside it (counts first, then the users, each linked to its row).
import * as vscode from 'vscode';
import { diffCounts, diffImport, readUserList, type ImportDiff } from '../lint/baseline';
import type { ConfigStore } from './configStore';
import { inertLinks } from '../util/inertLinks';

export type ImportPreviewCounts = ReturnType<typeof diffCounts>;

/** Shows the preview for a document; resolves with the counts, or undefined when there is no baseline. */
export async function previewImport(configs: ConfigStore, document: vscode.TextDocument | undefined): Promise<ImportPreviewCounts | undefined> {
  if (!document) {
    void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('Open a Cyber Guru user list to preview its import.')));
    return undefined;
  }
  const lookup = await configs.configFor(document.uri);
  if (!lookup.baseline) {
    const reason = lookup.config.baseline
      ? vscode.l10n.t('The baseline "{file}" in .cyberguru.json cannot be read: see the Cyber Guru output for why.', { file: lookup.config.baseline })
      : vscode.l10n.t('No baseline: add "baseline": "<the platform\'s export of its users>" to .cyberguru.json to preview the import.');
    void vscode.window.showInformationMessage(inertLinks(reason));
    return undefined;
  }
  const diff = diffImport(lookup.baseline, readUserList(document.getText(), lookup.config));
  const baselineUri = vscode.Uri.parse(lookup.baseline.source);
  const content = previewMarkdown(diff, document.uri, baselineUri);
  const preview = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(preview, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
  return diffCounts(diff);
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A Markdown link to a line of the list (VS Code opens `#L<line>` at that line). */
function rowLink(list: vscode.Uri, line: number): string {
  return `[${vscode.l10n.t('line {line}', { line })}](${list.with({ fragment: `L${line}` }).toString()})`;
}

/** `|` and line breaks would break a table row; backticks and brackets the Markdown. */
function cell(value: string): string {
  return value.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function previewMarkdown(diff: ImportDiff, list: vscode.Uri, baseline: vscode.Uri): string {
  const n = diffCounts(diff);
  const out: string[] = [
    `# ${vscode.l10n.t('Import preview of {list}', { list: fileName(list) })}`,
    '',
    vscode.l10n.t('Compared with the baseline {baseline}.', { baseline: `[${cell(fileName(baseline))}](${baseline.toString()})` }),
    '',
    `| ${vscode.l10n.t('Change')} | ${vscode.l10n.t('Users')} |`,
    '| --- | ---: |',
    `| ${vscode.l10n.t('Added')} | ${n.added} |`,
    `| ${vscode.l10n.t('Not in the list')} | ${n.removed} |`,
    `| ${vscode.l10n.t('Username changed')} | ${n.usernameChanged} |`,
    `| ${vscode.l10n.t('E-mail changed')} | ${n.emailChanged} |`,
    `| ${vscode.l10n.t('Other fields changed')} | ${n.changed} |`,
    `| ${vscode.l10n.t('Unchanged')} | ${n.unchanged} |`,
  ];
  const section = (title: string, rows: string[]) => {
    if (rows.length) out.push('', `## ${title}`, '', ...rows);
  };
  section(
    vscode.l10n.t('Username changed: the platform cannot rename a user, so the import creates a new user and the history stays with the old account'),
    diff.usernameChanged.map((u) => `- ${rowLink(list, u.line)}: ${cell(u.email)}: \`${cell(u.from)}\` → \`${cell(u.to)}\``),
  );
  section(vscode.l10n.t('E-mail changed (same username)'), diff.emailChanged.map((u) => `- ${rowLink(list, u.line)}: ${cell(u.username)}: ${cell(u.from)} → ${cell(u.to)}`));
  section(vscode.l10n.t('Added'), diff.added.map((u) => `- ${rowLink(list, u.line)}: ${cell(u.email)} (${cell(u.username)})`));
  section(
    vscode.l10n.t('In the baseline, not in the list: check whether your import removes them or keeps them'),
    diff.removed.map((u) => `- ${cell(u.email)} (${cell(u.username)})`),
  );
  section(vscode.l10n.t('Other fields changed'), diff.changed.map((u) => `- ${rowLink(list, u.line)}: ${cell(u.email)}: ${u.fields.map(cell).join(', ')}`));
  return `${out.join('\n')}\n`;
}
