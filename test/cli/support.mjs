/** Runs the command line as a feed author would, and files for it in a directory of its own. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/staedtepartner-widgets.mjs');

/** `staedtepartner-widgets …args` (from `bin`, or another copy), with `input` on standard input. */
export function run(args, { input, bin = BIN, cwd = ROOT } = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { input, cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

/** A fresh directory, removed after the test file; `file(name, text)` writes into it. */
export function scratch(after) {
  const dir = mkdtempSync(join(tmpdir(), 'spw-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, typeof text === 'string' ? text : JSON.stringify(text));
      return path;
    },
  };
}

/**
 * Each error TypeScript finds in `program` (made with the `typescript` module `ts`), as
 * "file:line: message", the file's path from `dir` or the project's root; `[]` when it compiles.
 */
export function typeErrors(ts, program, dir) {
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.replace(dir, '').replace(ROOT, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: `
      : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
}
