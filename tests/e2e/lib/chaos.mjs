// kill -9 of camtrack at random moments, each followed by a restart: at step boundaries
// (maybeCrash) and while the test waits for camtrack to act (during). The random sequence comes from
// a printed seed (CAMTRACK_E2E_CHAOS_SEED replays one).
import { sleep } from './env.mjs';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Chaos {
  constructor(camtrack, { seed = Number(process.env.CAMTRACK_E2E_CHAOS_SEED) || Date.now() % 1e9, log = console.log,
    maxDelayMs = 9000, killsPerWait = 2 } = {}) {
    Object.assign(this, { camtrack, seed, log, maxDelayMs, killsPerWait, kills: [] });
    this.random = mulberry32(seed);
    log(`chaos seed ${seed} (CAMTRACK_E2E_CHAOS_SEED=${seed} replays it)`);
  }

  async crash(label) {
    this.kills.push(label);
    this.log(`kill -9 camtrack (${label}), restart #${this.kills.length}`);
    await this.camtrack.kill9();
    await this.camtrack.start();
  }

  // At a step boundary: crash after a random delay with probability 3/4.
  async maybeCrash(label) {
    if (this.random() < 0.25) return;
    await sleep(Math.floor(this.random() * 1500));
    await this.crash(`after ${label}`);
  }

  // While the test waits: up to killsPerWait crashes at random moments until stop.done.
  async during(stop) {
    for (let k = 0; k < this.killsPerWait && !stop.done; k += 1) {
      const until = Date.now() + Math.floor(this.random() * this.maxDelayMs);
      while (Date.now() < until && !stop.done) await sleep(50);
      if (stop.done) return;
      await this.crash(`during a wait, ${k + 1}`);
    }
  }
}
