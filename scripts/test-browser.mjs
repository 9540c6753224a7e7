#!/usr/bin/env node
/**
 * `npm run test:browser`: @web/test-runner in Chromium, Firefox ESR and WebKit, with a
 * guard for the runner itself.
 *
 * The runner prints a closing `N passed, N failed` line (test/support/summary-reporter.mjs)
 * whenever it stops on its own, with failing tests too: then its exit code is the result.
 * If it began and ends without that line, the runner process itself was ended (killed by a signal,
 * such as the kernel's out-of-memory killer, or crashed before its reporters ran): no test
 * failed, the run broke. This prints what the machine looked like then (memory, disk, the
 * largest processes, the kernel's last words when readable) and runs the browser tests
 * once more, saying so, so that a broken run is told apart from a failing test and is seen.
 * Failing tests are never run again.
 *
 * Nor are failing files, with one exception: a file whose browser never started its tests
 * ("Browser tests did not start after 20000ms": WebKit now and then never runs a page it was sent
 * to, ci41) ran no test at all. When such files are a run's only failures, they are run once more
 * in their engine, saying so, and the closing line counts that run in their place.
 *
 *   npm run test:browser -- --files "test/quality/*.test.ts"   (arguments go to web-test-runner)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { summaryLine } from '../test/support/summary-reporter.mjs';

const root = resolve(import.meta.dirname, '..');
const runner = join(root, 'node_modules/.bin/web-test-runner');
const args = process.argv.slice(2);

/**
 * One run of web-test-runner; resolves to its exit code or signal, whether it printed its summary,
 * and, when it did, its total counts and the files whose browser never started their tests.
 */
function run(runArgs = args, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wtr-summary-'));
  const summaryFile = join(dir, 'summary');
  return new Promise((done) => {
    // Its own process group, so that the browsers of a broken run can be ended with it.
    const child = spawn(runner, runArgs, { cwd: root, stdio: 'inherit', detached: true, env: { ...process.env, ...env, WTR_SUMMARY_FILE: summaryFile } });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      // 'started' once the runner has begun; the closing line once it stopped on its own.
      const written = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').trim() : '';
      const { total = null, unstarted = [] } = existsSync(`${summaryFile}.json`) ? JSON.parse(readFileSync(`${summaryFile}.json`, 'utf8')) : {};
      rmSync(dir, { recursive: true, force: true });
      try {
        process.kill(-child.pid, 'SIGKILL'); // browsers and drivers left behind by a broken run
      } catch {
        // none left: the group is gone
      }
      done({ code, signal, started: written !== '', summary: written === 'started' ? '' : written, total, unstarted });
    });
  });
}

/** What a broken run leaves to look at: memory, disk, the largest processes, the kernel log's tail. */
function describeMachine() {
  const show = (title, command, commandArgs) => {
    const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
    const text = (result.stdout || result.stderr || String(result.error ?? '')).trim();
    console.error(`--- ${title}\n${text || '(nothing)'}`);
  };
  show('free -m', 'free', ['-m']);
  show('df -h', 'df', ['-h', root, tmpdir()]);
  show('largest processes', 'sh', ['-c', 'ps -eo pid,rss,etime,comm --sort=-rss | head -12']);
  show('kernel log: processes killed', 'sh', ['-c', "dmesg 2>/dev/null | grep -i -E 'killed process|out of memory|oom' | tail -10 || true"]);
}

let attempt = await run();
// A run that never began (a wrong argument, a missing browser) said why itself: not run again.
if (attempt.started && attempt.summary === '' && attempt.signal !== 'SIGINT') {
  console.error(
    `\n[test:browser] web-test-runner ended without its summary line (exit code ${attempt.code}, signal ${attempt.signal ?? 'none'}): ` +
      'the runner process was ended, no test result was reported. The machine at that moment:',
  );
  describeMachine();
  console.error('\n[test:browser] Running the browser tests once more (a failing test is never run again, only a broken run).\n');
  attempt = await run();
  if (attempt.summary === '') {
    console.error(`\n[test:browser] web-test-runner ended without its summary line again (exit code ${attempt.code}, signal ${attempt.signal ?? 'none'}).`);
    describeMachine();
  }
}
const counts = attempt.total;
if (attempt.code !== 0 && counts && attempt.unstarted.length > 0 && counts.failed === attempt.unstarted.length && attempt.unstarted.length <= 5) {
  const total = { ...counts, failed: 0 };
  let code = 0;
  for (const engine of new Set(attempt.unstarted.map((entry) => entry.engine))) {
    const files = attempt.unstarted.filter((entry) => entry.engine === engine).map((entry) => relative(root, entry.file));
    console.error(
      `\n[test:browser] ${engine} never started the tests of ${files.join(', ')} (no test ran; every other test passed): ` +
        `running ${files.length === 1 ? 'that file' : 'those files'} once more in ${engine}.\n`,
    );
    const again = await run(['--files', ...files], { ENGINES: engine.toLowerCase() });
    const more = again.total;
    if (!more) {
      console.error(`[test:browser] the run again in ${engine} ended without its summary line.`);
      process.exit(again.code || 1);
    }
    for (const key of ['passed', 'failed', 'skipped']) total[key] += more[key];
    if (again.code !== 0) code = again.code ?? 1;
  }
  console.log(`\n[test:browser] all engines, with the files run again in place of those never started:\n${summaryLine(total)}`);
  process.exit(code);
}
process.exit(attempt.code ?? 1);
