// The ingest summary's note on analyst judgements whose targets extraction no longer produces (kept, not applied).
import type { Graph } from '../graph/driver.js';
import { staleJudgements, type JudgementReport } from '../graph/judgements.js';

export const judgementsNotApplied = (graph: Graph): Promise<JudgementReport['stale']> => staleJudgements(graph);

export function formatStale(stale: JudgementReport['stale']): string {
  if (!stale.length) return '';
  const lines = [
    '',
    `judgements not applied (their target is gone; kept, withdraw or re-target them): ${stale.length}`,
  ];
  for (const s of stale) lines.push(`  ${s.id} ${s.what}: missing ${s.missing.join(', ')}`);
  return lines.join('\n') + '\n';
}
