// How the command talks on stderr: one-line errors (never a stack trace) and the exit codes.

/** Exit codes of the diplograph command. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, badInput: 2 });

/** Prints a one-line error: "diplograph: FILE: problem". */
export function printError(where: string | null, problem: string): void {
  const line = `${where ? `${where}: ` : ''}${problem}`.replace(/\s*\n\s*/g, ' ');
  process.stderr.write(`diplograph: ${line}\n`);
}

/** Checks a YYYY-MM-DD date option; returns the message when it is not one. */
export function badDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  return ok ? null : `--date must be a date as YYYY-MM-DD, got "${value}"`;
}
