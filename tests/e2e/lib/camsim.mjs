// camsim, the ONVIF device simulator, as a fleet on 127.0.0.1 with its control port: the cameras'
// addresses come from its --list file, faults are switched through POST /cameras/<i>/faults.
import fs from 'node:fs';
import path from 'node:path';
import { paths, waitFor } from './env.mjs';
import { Proc } from './proc.mjs';
import { freePort } from './camtrack.mjs';

export class Camsim {
  static async start(dir, { cameras = 4, user = 'admin', password = 'camsim-secret' } = {}) {
    const sim = new Camsim();
    sim.user = user;
    sim.password = password;
    sim.controlPort = await freePort();
    const list = path.join(dir, 'camsim-cameras.json');
    sim.proc = new Proc('camsim', paths.camsim, ['--cameras', String(cameras), '--base-port', '0',
      '--control-port', String(sim.controlPort), '--user', user, '--password', password, '--list', list],
    { logFile: path.join(dir, 'camsim.log') });
    await sim.proc.waitForOutput(/camsim: ready/, 30000);
    sim.cameras = await waitFor('camsim camera list', async () => {
      const r = await fetch(`http://127.0.0.1:${sim.controlPort}/cameras`);
      return r.status === 200 ? r.json() : null;
    });
    return sim;
  }

  async setFaults(index, faults) {
    const r = await fetch(`http://127.0.0.1:${this.controlPort}/cameras/${index}/faults`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(faults),
    });
    if (r.status !== 200) throw new Error(`camsim faults ${index}: HTTP ${r.status} ${await r.text()}`);
  }

  stop() { return this.proc.stop(); }
}
