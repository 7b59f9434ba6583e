// The browser for the e2e tests: Debian's chromium, headless. Missing browser: the suite is skipped
// with the install command, except under CI, where it is a failure.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser is expected. */
export const CHROMIUM = process.env.DIPLOGRAPH_CHROMIUM ?? '/usr/bin/chromium';
/** Is the browser there? */
export const hasBrowser = fs.existsSync(CHROMIUM);
/** Under CI a missing browser fails the run instead of skipping it. */
export const mustRun = process.env.CI === 'true';
/** Why the browser tests did not run. */
export const SKIP_REASON = `browser tests skipped: no chromium at ${CHROMIUM} (install it with \`sudo apt-get install chromium\`)`;

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
  // WebGL without a GPU: recent chromium no longer falls back to SwiftShader unless told to.
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

/**
 * Launches the browser. playwright gives each launch a fresh, temporary user-data-dir (it refuses
 * `--user-data-dir` in args for a non-persistent launch) and removes it on close.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
