// The `kg` command. Each subcommand lives in src/cli/commands/ and loads its heavy modules lazily,
// so `kg extract` starts fast and needs no database.
import { printable } from './printable.js';
import { Command } from 'commander';
import { registerDb } from './commands/db.js';
import { registerDemo } from './commands/demo.js';
import { registerDuplicates } from './commands/duplicates.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerJudgements } from './commands/judgements.js';
import { registerQueue } from './commands/queue.js';
import { registerRules } from './commands/rules.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';

const program = new Command('kg')
  .description('Knowledge-graph builder for security reporting')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

for (const register of [
  registerExtract,
  registerIngest,
  registerServe,
  registerStats,
  registerDb,
  registerDuplicates,
  registerDemo,
  registerRules,
  registerJudgements,
  registerQueue,
]) {
  register(program);
}

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`kg: ${printable(err instanceof Error ? err.message : String(err))}\n`);
  process.exitCode = 1;
});
