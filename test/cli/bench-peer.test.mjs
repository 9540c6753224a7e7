/**
 * `npm run bench -- --widgets pretalx` and `npm run compare:pretalx` from a clone anywhere: the
 * peer build of pretalx's widget is found at ../shared/peers/pretalx-schedule beside the project,
 * or where PRETALX_PEER names it (a clone outside the workspace skipped the comparison before).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, scratch } from './support.mjs';

const { dir, file } = scratch(after);

/** Runs `code` (an ES module body, with `bench` the module) with the given environment; its standard output. */
function withBench(code, env) {
  const source = `const bench = await import(${JSON.stringify(join(ROOT, 'scripts/bench-pretalx.mjs'))});\n${code}`;
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  assert.equal(status, 0, stderr);
  return stdout.trim();
}

describe('bench: where the peer build of pretalx’s widget is', () => {
  it('beside the project by default', () => {
    assert.equal(withBench('console.log(bench.PEER)', { PRETALX_PEER: '' }), resolve(ROOT, '../shared/peers/pretalx-schedule'));
  });

  it('where PRETALX_PEER names it, relative to the working directory', () => {
    file('pretalx-schedule.min.js', '');
    assert.equal(withBench('console.log(bench.PEER)', { PRETALX_PEER: '.' }), resolve(dir));
  });

  it('names the folder it looked in when the build is not there', () => {
    const missing = join(dir, 'no-peer');
    const note = withBench('console.log((await bench.benchAgainstPretalx(undefined, { runs: 1 })).lines[0])', { PRETALX_PEER: missing });
    assert.equal(note, `Side-by-side with pretalx skipped: ${missing} is absent (the peer build of pretalx's widget is not part of this project).`);
  });
});
