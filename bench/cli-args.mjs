// What the ingest benches share: the repository root, an import from the built dist/, and `--name value` options.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} p a path inside dist/ */
export const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);

export const args = process.argv.slice(2);

/**
 * The value after `--name` on the command line, else the default.
 * @template T
 * @param {string} name
 * @param {T} dflt
 * @returns {string | T}
 */
export const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};

/** @param {string} name */
export const flag = (name) => args.includes(name);
