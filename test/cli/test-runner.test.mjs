/**
 * `npm test`'s runner of the checks (scripts/test.mjs), in a directory of its own whose package.json
 * names each check as a small script: a check's lines reach the log as they are written, after its
 * name (so that one that hangs in CI shows how far it got, even when the run is killed), and the
 * browser tests' `N passed, N failed` stays the last line, alone.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, scratch } from './support.mjs';

const { dir, file } = scratch(after);
/** The checks' names, as scripts/test.mjs lists them. */
const NAMES = [...readFileSync(join(ROOT, 'scripts/test.mjs'), 'utf8').matchAll(/\{ name: '([^']+)', after:/g)].map((match) => match[1]);

/** A project in `dir/name` whose npm scripts are `scripts` (each check a line of its own unless given), with the runner. */
function project(name, scripts) {
  const root = join(dir, name);
  mkdirSync(join(root, 'scripts'), { recursive: true });
  copyFileSync(join(ROOT, 'scripts/test.mjs'), join(root, 'scripts/test.mjs'));
  const all = Object.fromEntries(NAMES.map((check) => [check, `node -e "console.log('ran ${check}')"`]));
  file(`${name}/package.json`, { name, private: true, type: 'module', scripts: { ...all, ...scripts } });
  return root;
}

/** Starts the runner in `root`; `until(test)` resolves once its output so far passes `test` (or rejects after 30 s), `ended` with its exit and output. */
function start(root) {
  const child = spawn(process.execPath, ['scripts/test.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiting = new Set();
  const onData = (chunk) => {
    output += chunk;
    for (const wait of waiting) wait();
  };
  child.stdout.setEncoding('utf8').on('data', onData);
  child.stderr.setEncoding('utf8').on('data', onData);
  const ended = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })));
  const until = (test) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`not in the output within 30 s:\n${output}`));
      }, 30_000);
      const check = () => {
        if (!test(output)) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve(output);
      };
      waiting.add(check);
      check();
    });
  return { child, until, ended };
}

/**
 * Runs the checks in a project `name` whose first check writes `output` (JavaScript: what it prints), notes its
 * process group for the clean-up and hangs; resolves to the runner's output once it passes `test`. Then the
 * runner is killed as CI's time limit may (SIGKILL: nothing it would print at its end gets out), and the check.
 */
async function hangingCheck(name, output, test) {
  const root = project(name, { [NAMES[0]]: 'node hang.mjs' });
  file(
    `${name}/hang.mjs`,
    `import { readFileSync, writeFileSync } from 'node:fs';
try {
  writeFileSync('hang.pgid', readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[2]);
} catch {
  // not Linux: it ends by itself
}
${output}
setTimeout(() => {}, 60_000);
`,
  );
  const runner = start(root);
  try {
    return await runner.until(test);
  } finally {
    runner.child.kill('SIGKILL');
    await runner.ended;
    try {
      process.kill(-Number(readFileSync(join(root, 'hang.pgid'), 'utf8')), 'SIGKILL');
    } catch {
      // not started, or gone
    }
  }
}

describe('npm test (scripts/test.mjs)', () => {
  it('writes the first line of a check that then hangs to the log as it comes, so that it is there when the run is killed', async () => {
    const seen = await hangingCheck('hangs', "console.log('built 3 of 7 bundles');", (output) => output.includes('built 3 of 7 bundles'));
    assert.match(seen, new RegExp(`^\\[${NAMES[0]}\\] +built 3 of 7 bundles$`, 'm'));
  });

  it('writes the start of a line that a hanging check has not ended, after its name', async () => {
    // "compiling src/…" without its line's end, as a progress line may be written.
    const seen = await hangingCheck('hangs-mid-line', "process.stdout.write('first line\\ncompiling src/feed/validate.ts … ');", (output) =>
      output.includes('compiling src/feed/validate.ts'),
    );
    assert.match(seen, new RegExp(`^\\[${NAMES[0]}\\] +first line\\n\\[${NAMES[0]}\\] +compiling src/feed/validate\\.ts … \\n`, 'm'));
  });

  it("keeps each check's lines whole and after its name, and the browser tests' total alone on the last line", async () => {
    const root = project('passes', {
      // A line written in two pieces, on both streams, and a line that reads as a total.
      [NAMES[1]]: `node -e "process.stdout.write('half '); console.error('on stderr'); setTimeout(() => console.log('a line\\n3 passed, 0 failed'), 50)"`,
      'test:browser': `node -e "console.log('the browser tests'); console.log('12 passed, 0 failed')"`,
    });
    const { code, output } = await start(root).ended;
    assert.equal(code, 0, output);
    const lines = output.trimEnd().split('\n');
    assert.equal(lines.at(-1), '12 passed, 0 failed');
    // .ci/run reads a total with or without a "name: " before it: only the browser tests' may look like one.
    assert.deepEqual(
      lines.filter((line) => /^([A-Za-z]+: )?[0-9]+ passed, [0-9]+ failed/.test(line)),
      ['12 passed, 0 failed'],
    );
    const name = new RegExp(`^\\[${NAMES[1]}\\] +`);
    assert.deepEqual(
      lines
        .filter((line) => name.test(line))
        .map((line) => line.replace(name, ''))
        .sort(),
      ['3 passed, 0 failed', 'half a line', 'on stderr'],
    );
    for (const check of NAMES.filter((check) => check !== NAMES[1])) {
      assert.match(output, new RegExp(`^\\[${check}\\] +ran ${check}$`, 'm'));
      assert.match(output, new RegExp(`^npm test: ${check} passed in \\d+\\.\\d s$`, 'm'));
    }
  });

  it('prints the output of a check that fails once more in one piece, runs no browser tests, exit 1', async () => {
    const root = project('fails', {
      [NAMES[1]]: `node -e "console.log('src/a.ts: 1 problem'); process.exit(1)"`,
      'test:browser': `node -e "console.log('browser tests ran')"`,
    });
    const { code, output } = await start(root).ended;
    assert.equal(code, 1);
    assert.match(output, new RegExp(`^\\[${NAMES[1]}\\] +src/a\\.ts: 1 problem$`, 'm'));
    assert.match(output, new RegExp(`^npm test: ${NAMES[1]} failed \\(exit code 1\\) in \\d+\\.\\d s$`, 'm'));
    assert.match(output, new RegExp(`^> npm run ${NAMES[1]} .*, its output in one piece:\\nsrc/a\\.ts: 1 problem\\n`, 'm'));
    assert.doesNotMatch(output, /browser tests ran/);
  });
});
