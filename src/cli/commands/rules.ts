import type { Command } from 'commander';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('List the named extraction rules (id, family, reason); KG_DISABLE_RULES=id,id switches rules off')
    .option('--json', 'print the list as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { listRules } = await import('../../extract/rules/index.js');
      const rules = listRules();
      if (opts.json) process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
      else process.stdout.write(rules.map((r) => `${r.id}\n    ${r.reason}\n`).join(''));
    });
}
