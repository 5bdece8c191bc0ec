// How the history shows in the tree: the change since the previous snapshot after a scope's figures,
// and a line for the tooltip.
import * as vscode from 'vscode';
import type { FiguresDelta } from '../../report/history';

/** "+2.5" / "−1.25" / "±0" percentage points in the display language. */
export function signedPoints(points: number): string {
  if (points === 0) return '±0';
  const text = new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 2 }).format(Math.abs(points));
  return `${points > 0 ? '+' : '−'}${text}`;
}

/** "3 Dec, 14:05" in the display language. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(vscode.env.language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** " · +2.5 pts" after a scope's figures; "" without a previous snapshot or when nothing moved (the tooltip still says since when). */
export function deltaSuffix(delta: FiguresDelta | undefined): string {
  if (!delta || (delta.rate === 0 && delta.completed === 0)) return '';
  return ` · ${vscode.l10n.t('{points} pts', { points: signedPoints(delta.rate) })}`;
}

/** The tooltip line: "Since 3 Dec, 14:05: +2.5 points; 4 more modules completed; 2 fewer users below the threshold." */
export function deltaTooltipLine(delta: FiguresDelta, since: string): string {
  return vscode.l10n.t('Since {when}: {points} points, {completed} modules completed, users below the threshold {below}', {
    when: formatWhen(since),
    points: signedPoints(delta.rate),
    completed: delta.completed,
    below: signedPoints(delta.below),
  });
}
