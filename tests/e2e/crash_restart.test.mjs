// The whole-system flow again, with camtrack killed (SIGKILL) at random moments and restarted each
// time: the end state must be the same as without crashes — one incident, not lost nor duplicated,
// and each mail to customs received exactly once (by Message-ID).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paths, tempDir } from './lib/env.mjs';
import { run } from './lib/proc.mjs';
import { Chaos } from './lib/chaos.mjs';
import { wholeSystemFlow } from './lib/flow.mjs';
import { endState, expectedEndState, startSystem, stopAll } from './lib/system.mjs';

test('kill -9 at random moments loses and repeats nothing', { timeout: 220000 }, async (t) => {
  const dir = tempDir(t, 'crash');
  const system = await startSystem(dir);
  t.after(() => stopAll(system));
  if (system.missing) return t.skip(system.missing);
  const chaos = new Chaos(system.camtrack, { log: (line) => t.diagnostic(line) });
  const missing = await wholeSystemFlow(t, dir, system, { chaos });
  t.diagnostic(`${chaos.kills.length} kills: ${chaos.kills.join('; ')}`);
  if (missing) return t.skip(missing);
  assert.ok(chaos.kills.length >= 1, 'camtrack was killed at least once');
  assert.deepEqual(await endState(system.camtrack, system.smtp), expectedEndState);
  const exit = await system.camtrack.stop();
  assert.equal(exit.signal, null, 'the last camtrack stops on SIGTERM');
  const audit = run(paths.camtrack, ['audit', 'verify', '--config', system.config], { allowFailure: true });
  assert.equal(audit.status, 0, `the audit chain is intact after the crashes: ${audit.stdout}${audit.stderr}`);
});
