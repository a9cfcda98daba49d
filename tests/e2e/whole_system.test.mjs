// The whole system (issue 9): real camtrack serve, a camsim fleet, a real SMTP server and headless
// chromium. Kill a camera → incident within 2 check intervals → Appendix II mail to customs with the
// camera and the deadline → officer sees it → camera back → restored → technician closes → restoration
// mail; the end state is exactly one closed incident and each mail received once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempDir } from './lib/env.mjs';
import { wholeSystemFlow } from './lib/flow.mjs';
import { endState, expectedEndState, startSystem, stopAll } from './lib/system.mjs';

test('a dead gate camera goes from detection to closing, with both mails to customs', { timeout: 200000 }, async (t) => {
  const dir = tempDir(t, 'system');
  const system = await startSystem(dir);
  t.after(() => stopAll(system));
  if (system.missing) return t.skip(system.missing);
  const figures = {};
  const missing = await wholeSystemFlow(t, dir, system, { figures });
  t.diagnostic(`figures: ${JSON.stringify(figures)}`);
  if (missing) return t.skip(missing);
  assert.deepEqual(await endState(system.camtrack, system.smtp), expectedEndState);
  const exit = await system.camtrack.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, 'camtrack stops cleanly on SIGTERM');
});
