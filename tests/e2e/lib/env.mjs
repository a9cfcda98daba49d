// Where the binaries, sources and artifacts are (set by CTest; see tests/e2e/CMakeLists.txt), and the
// per-test temporary folders, removed when the test ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through ctest (label e2e)`);
  return value;
}

export const paths = {
  get camtrack() { return required('CAMTRACK_BINARY'); },
  get camsim() { return required('CAMSIM_BINARY'); },
  get seed() { return required('CAMTRACK_E2E_SEED'); },
  get source() { return required('CAMTRACK_SOURCE_DIR'); },
  get artifacts() {
    const dir = required('CAMTRACK_E2E_ARTIFACTS');
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  },
};

// A fresh folder for one test; `t.after` removes it (kept when CAMTRACK_E2E_KEEP is set).
export function tempDir(t, name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `camtrack-e2e-${name}-`));
  t.after(() => {
    if (process.env.CAMTRACK_E2E_KEEP) return;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls `probe` (async, returns a truthy value when done) until it answers or the time is up.
export async function waitFor(what, probe, { timeoutMs = 30000, everyMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await sleep(everyMs);
  }
}
