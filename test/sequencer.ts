// Test file order for runs where the integration and browser projects share one group (vitest.config.ts): within
// a group, vitest's own order (longest or largest first, by project) is kept per project, but the projects take
// turns, so the lanes start on one browser file and one integration file rather than on the two heaviest browser
// files (each a real-extractor ingest of the seeds plus Chromium), and the long files of both projects start early.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class AlternatingSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const groups = new Map<number, Map<string, TestSpecification[]>>();
    for (const spec of sorted) {
      const order = spec.project.config.sequence.groupOrder;
      const byProject = groups.get(order) ?? groups.set(order, new Map()).get(order)!;
      const queue = byProject.get(spec.project.name) ?? byProject.set(spec.project.name, []).get(spec.project.name)!;
      queue.push(spec);
    }
    const out: TestSpecification[] = [];
    for (const order of [...groups.keys()].sort((a, b) => a - b)) {
      const queues = [...groups.get(order)!.values()];
      for (let i = 0; out.length < sorted.length && queues.some((q) => i < q.length); i++)
        for (const q of queues) if (i < q.length) out.push(q[i]!);
    }
    return out;
  }
}
