#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The extraction rules are large regular expressions, each run on many sentences. V8 first interprets a regular
// expression and compiles it to machine code on its second run, compiling each twice; compiling once, at the first
// run, saves a sixth of `kg extract`'s CPU time (bench:extract) and changes no result.
setFlagsFromString('--no-regexp-tier-up');

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('kg: the project is not built yet; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
await import(pathToFileURL(main).href);
