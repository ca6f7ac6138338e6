// `kg judgements export|import`: analyst judgements as JSON lines, so a team can share them and a database
// rebuilt from the articles gets the same corrections.
import type { Command } from 'commander';

async function withGraph<T>(work: (graph: import('../../graph/driver.js').Graph) => Promise<T>): Promise<T> {
  const [{ loadConfig }, { openGraph }, { applySchema }] = await Promise.all([
    import('../../config.js'),
    import('../../graph/driver.js'),
    import('../../graph/schema.js'),
  ]);
  const graph = await openGraph(loadConfig());
  try {
    await applySchema(graph);
    return await work(graph);
  } finally {
    await graph.close();
  }
}

export function registerJudgements(program: Command): void {
  const cmd = program
    .command('judgements')
    .description('Export or import analyst judgements (merge, rename, reject, …) as JSON lines');
  cmd
    .command('export')
    .description(
      'print every judgement (withdrawn ones too, oldest first) as one JSON line each, or write them to FILE',
    )
    .argument('[file]', 'where to write (default stdout)')
    .action(async (file: string | undefined) => {
      const { exportJudgements } = await import('../../graph/judgements.js');
      const lines = await withGraph(exportJudgements);
      const text = lines.map((l) => `${l}\n`).join('');
      if (file) await (await import('node:fs/promises')).writeFile(file, text);
      else process.stdout.write(text);
      process.stderr.write(`kg judgements: ${lines.length} exported\n`);
    });
  cmd
    .command('import')
    .description('read judgements exported by `kg judgements export` (FILE or - for stdin) and apply them')
    .argument('<file>', 'a JSON lines file, or - for stdin')
    .addHelpText(
      'after',
      `
Every line is validated first; if any is bad, each bad line is named and nothing is imported (exit 1).
A judgement keeps its id and date (one with the same id is replaced). One whose target is not in the graph
is kept and listed as not applied; it applies once its entity is ingested.
`,
    )
    .action(async (file: string) => {
      const { readFile } = await import('node:fs/promises');
      let text = '';
      if (file === '-') for await (const chunk of process.stdin) text += String(chunk);
      else text = await readFile(file, 'utf8');
      const [{ importJudgements, staleJudgements }, { formatStale }] = await Promise.all([
        import('../../graph/judgements.js'),
        import('../../ingest/judgement-report.js'),
      ]);
      await withGraph(async (graph) => {
        const result = await importJudgements(graph, text.split('\n'));
        if (result.errors.length) {
          process.stderr.write(`kg judgements: nothing imported:\n${result.errors.map((e) => `  ${e}\n`).join('')}`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`judgements imported: ${result.imported}\n${formatStale(await staleJudgements(graph))}`);
      });
    });
}
