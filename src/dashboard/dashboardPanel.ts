// The dashboard's webview panel: one per window, for the active connection. Loaded on first use as a
// bundle of its own (dist/dashboard.js); the page's script and style (media/dashboard/) load only in
// the webview. Strict content security policy: nothing remote, the one script by nonce, styles from the
// extension only. The page draws what the host sends and asks the host to copy or export laggards.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DashboardModel } from './dashboardModel';
import { dashboardStrings } from './dashboardStrings';
import { inertLinks } from '../util/inertLinks';

export const DASHBOARD_VIEW_TYPE = 'cyberguru.dashboard';

/** What the panel needs from the sidebar (which owns the report, the history and the exports). */
export interface DashboardHost {
  extensionUri: vscode.Uri;
  /** The model for the active connection, or undefined when nothing is loaded. */
  model(): Promise<DashboardModel | undefined>;
  /** "Copy e-mails": every laggard of the team to the clipboard; resolves with how many. */
  copyEmails(team: string): Promise<number>;
  /** "Export": the team's laggards to a CSV file the user picks. */
  exportLaggards(team: string): Promise<void>;
  /** Fires when the figures may have changed (a load finished, another connection, history). */
  onDidChange(listener: () => void): { dispose(): void };
}

/** What the page reported it drew (read from its DOM), for tests that compare it with the tree. */
export interface RenderedFigures {
  company: { rate: string; awareness: string; channel: string; users: string; below: string };
  teams: { name: string; rate: string }[];
  bands: string[];
  laggardTeams: { team: string; total: string }[];
  trendPoints: number;
}

type PageMessage =
  | { type: 'ready' }
  | { type: 'copyEmails'; team: string }
  | { type: 'export'; team: string }
  | { type: 'rendered'; figures: RenderedFigures };

function isPageMessage(value: unknown): value is PageMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'ready') return true;
  if (m.type === 'copyEmails' || m.type === 'export') return typeof m.team === 'string';
  return m.type === 'rendered' && typeof m.figures === 'object' && m.figures !== null;
}

export class DashboardPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private renderedFigures?: RenderedFigures;
  private readonly renderWaiters = new Set<() => void>();
  private sentModel?: DashboardModel;
  private disposed = false;
  /** The update in progress (a newer one waits for it, so models arrive in order). */
  private updating: Promise<void> = Promise.resolve();

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly host: DashboardHost,
    onDispose: () => void,
  ) {
    panel.webview.html = this.html();
    const change = host.onDidChange(() => this.queueUpdate());
    this.disposables.push(
      { dispose: () => change.dispose() },
      panel.webview.onDidReceiveMessage((message: unknown) => void this.received(message)),
      panel.onDidDispose(() => {
        this.disposed = true;
        onDispose();
        this.dispose();
      }),
    );
  }

  static create(host: DashboardHost, onDispose: () => void): DashboardPanel {
    const root = vscode.Uri.joinPath(host.extensionUri, 'media', 'dashboard');
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, vscode.l10n.t('Training Completion Dashboard'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [root],
      retainContextWhenHidden: false,
    });
    panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'media', 'cyberguru.svg');
    return new DashboardPanel(panel, host, onDispose);
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** The last model sent and what the page drew from it (undefined until it has). */
  state(): { sent?: DashboardModel; rendered?: RenderedFigures } {
    return { sent: this.sentModel, rendered: this.renderedFigures };
  }

  /** Resolves once every queued update is sent and the page has drawn the last one. */
  async whenRendered(): Promise<void> {
    await this.updating;
    if (this.renderedFigures) return;
    await new Promise<void>((resolve) => this.renderWaiters.add(resolve));
  }

  private queueUpdate(): void {
    this.updating = this.updating.then(() => this.update()).catch(() => undefined);
  }

  private async update(): Promise<void> {
    const model = await this.host.model();
    if (this.disposed) return;
    this.sentModel = model;
    this.renderedFigures = undefined;
    await this.panel.webview.postMessage({ type: 'model', model, strings: dashboardStrings(), language: vscode.env.language });
  }

  private async received(message: unknown): Promise<void> {
    if (!isPageMessage(message)) return;
    switch (message.type) {
      case 'ready':
        this.queueUpdate();
        return;
      case 'copyEmails': {
        const count = await this.host.copyEmails(message.team);
        void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('Copied {count} e-mail addresses of "{team}" to the clipboard.', { count, team: message.team })));
        return;
      }
      case 'export':
        await this.host.exportLaggards(message.team);
        return;
      case 'rendered':
        this.renderedFigures = message.figures;
        for (const resolve of [...this.renderWaiters]) resolve();
        this.renderWaiters.clear();
        return;
    }
  }

  private html(): string {
    const webview = this.panel.webview;
    const root = vscode.Uri.joinPath(this.host.extensionUri, 'media', 'dashboard');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'dashboard.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'dashboard.css'));
    const nonce = randomBytes(16).toString('base64');
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} data:`, `script-src 'nonce-${nonce}'`].join('; ');
    const title = escapeHtml(vscode.l10n.t('Training Completion Dashboard'));
    return [
      '<!DOCTYPE html>',
      `<html lang="${vscode.env.language.startsWith('it') ? 'it' : 'en'}">`,
      '<head>',
      '<meta charset="UTF-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
      `<link rel="stylesheet" href="${style.toString()}">`,
      `<title>${title}</title>`,
      '</head>',
      '<body>',
      `<main id="app" aria-busy="true"><p class="muted">${escapeHtml(vscode.l10n.t('Loading…'))}</p></main>`,
      `<script nonce="${nonce}" src="${script.toString()}"></script>`,
      '</body>',
      '</html>',
    ].join('\n');
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    if (!this.disposed) this.panel.dispose();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
