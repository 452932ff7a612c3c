/**
 * `astro build` (or another command) from a test, one at a time across test files. Every build
 * from the repository root writes Astro's generated modules to the root's .astro/ folder
 * (content-modules.mjs lists the content files), whatever its CONTENT_DIR, OUT_DIR and
 * CACHE_DIR: two test files that built at the same moment read each other's list, and a
 * fixture build once rendered the other fixture's pages and failed with an unrelated error. A
 * file lock (flock from util-linux, part of every Debian system) makes the builds wait for each
 * other; the caller's timeout includes that wait.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const LOCK_DIR = join(ROOT, 'tests/.tmp');
const LOCK = join(LOCK_DIR, 'astro-build.lock');

/** Runs `node <args>` under the build lock (args[0] is a script, e.g. ASTRO). */
export function runLocked(args: string[], options: SpawnSyncOptionsWithStringEncoding): SpawnSyncReturns<string> {
  mkdirSync(LOCK_DIR, { recursive: true });
  return spawnSync('flock', [LOCK, process.execPath, ...args], options);
}
