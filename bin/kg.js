#!/usr/bin/env -S node --no-regexp-tier-up
// (the extraction rules are large regular expressions run on many sentences: V8 interprets a regular expression first
// and compiles it again to machine code at its second run; compiling it once saves a sixth of `kg extract`'s CPU. The
// flag is given at start-up, as `npx kg` runs this file: set later, from inside the process, it crashed worker threads.)
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('kg: the project is not built yet; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
await import(pathToFileURL(main).href);
