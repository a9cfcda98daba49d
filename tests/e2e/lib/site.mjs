// A seeded camtrack site for the browser tests: a database filled through the real store by
// camtrack_e2e_seed (an overdue gate incident, a restored warehouse incident, a fresh yard incident),
// one account per role made with `camtrack user add`, and `camtrack serve` on a free port.
import path from 'node:path';
import { paths } from './env.mjs';
import { run } from './proc.mjs';
import { addUser, Camtrack, configAccepted, freePort, writeConfig } from './camtrack.mjs';

export const password = 'Mật-khẩu-thử-2026';
export const roles = ['admin', 'officer', 'technician', 'guard', 'liaison'];

export async function startSeededSite(dir) {
  const port = await freePort();
  // No poller: the seeded cameras have no devices behind them (monitoring is tested by the
  // whole-system test). Older builds without the key run without a poller anyway.
  let config = writeConfig(dir, port, { monitor: { enabled: false } });
  if (!configAccepted(config)) config = writeConfig(dir, port);
  const seeded = run(paths.seed, ['--db', path.join(dir, 'camtrack.db'),
    '--calendar', path.join(paths.source, 'data/calendar/vn-state.toml')]);
  const ids = JSON.parse(seeded.stdout);
  for (const role of roles) addUser(config, role, role, password);
  const camtrack = await new Camtrack(dir, config, port).start();
  return { camtrack, ids, base: camtrack.base };
}

// The calendar date in Vietnam (UTC+7) `days` from now, as YYYY-MM-DD.
export function vietnamDate(days = 0) {
  const at = new Date(Date.now() + 7 * 3600 * 1000 + days * 86400 * 1000);
  return at.toISOString().slice(0, 10);
}

// Whether camtrack serves the browser pages yet (GET /login answers 200).
export async function pagesMissing(base) {
  const r = await fetch(`${base}/login`).catch(() => null);
  return r?.status === 200 ? null : `the browser pages are not served yet (GET /login answered ${r?.status})`;
}
