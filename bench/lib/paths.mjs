// Where the benchmark finds the project: the repository root and the built modules in dist/.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Imports a built module, e.g. dist('extract/index.js'). */
export const dist = (rel) => import(pathToFileURL(path.join(ROOT, 'dist', rel)).href);
