// The figures the tree must show, computed here straight from the emulator's demo company (its seed
// and size), without the report client or its aggregation.
import { buildDataset, isReported } from '../../../../src/emulator/dataset';

export interface ExpectedFigures {
  users: number;
  assigned: number;
  completed: number;
  /** completed / assigned in percent, rounded to two decimals. */
  rate: number;
  below: number;
  emails: string[];
}

export function expectedFigures(seed: string, users: number, threshold: number): { company: ExpectedFigures; teams: Map<string, ExpectedFigures> } {
  const reported = buildDataset({ seed, users }).filter(isReported);
  const figures = (list: typeof reported): ExpectedFigures => {
    const assigned = list.reduce((sum, u) => sum + u.record.services.awareness.assigned + u.record.services.channel.assigned, 0);
    const completed = list.reduce((sum, u) => sum + u.record.services.awareness.completed + u.record.services.channel.completed, 0);
    return {
      users: list.length,
      assigned,
      completed,
      rate: assigned === 0 ? 0 : Math.round((completed / assigned) * 10000) / 100,
      below: list.filter((u) => (u.record.completed_total / u.record.assigned_total) * 100 < threshold).length,
      emails: list.map((u) => u.record.email),
    };
  };
  const teams = new Map<string, ExpectedFigures>();
  for (const team of new Set(reported.map((u) => u.team))) teams.set(team, figures(reported.filter((u) => u.team === team)));
  return { company: figures(reported), teams };
}
