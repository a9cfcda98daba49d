// The whole system for issue 9: a camsim fleet registered with `camtrack cameras import`, a real SMTP
// server, `camtrack serve` with the poller and the notices on short intervals. Helpers read what camtrack
// did (API, mails received, Appendix II PDF) and reduce it to a canonical end state that a run with
// crashes must reproduce exactly.
import fs from 'node:fs';
import path from 'node:path';
import { paths, waitFor } from './env.mjs';
import { run } from './proc.mjs';
import { addUser, ApiClient, Camtrack, freePort, writeConfig } from './camtrack.mjs';
import { Camsim } from './camsim.mjs';
import { SmtpServer } from './smtp.mjs';

export const intervalSeconds = 6;
export const password = 'Mật-khẩu-hệ-thống-2026';
export const fleet = [
  { code: 'CAM-GATE-01', name: 'Cổng chính', location: 'gate' },
  { code: 'CAM-KHO-01', name: 'Cửa kho A', location: 'warehouse_door' },
  { code: 'CAM-BAI-01', name: 'Bãi tập kết', location: 'yard' },
  { code: 'CAM-KHO-02', name: 'Trong kho A', location: 'warehouse_interior' },
];
export const customsAddress = 'giamsat@customs.example.test';

// Starts the peers and camtrack; returns null and a reason when this camtrack lacks a needed part.
export async function startSystem(dir) {
  const smtp = await SmtpServer.start(dir);
  const camsim = await Camsim.start(dir, { cameras: fleet.length });
  const port = await freePort();
  const config = writeConfig(dir, port, {
    site: { customs_emails: [customsAddress] },
    smtp: { url: `smtp://127.0.0.1:${smtp.port}`, username: smtp.user, from: 'camtrack@dncx.example.test',
      ca_file: smtp.cert },
    monitor: { interval_seconds: intervalSeconds, timeout_seconds: 2 },
    notices: { auto_send_appendix_ii: true },
  });
  const check = run(paths.camtrack, ['config', 'check', '--config', config], { allowFailure: true });
  if (check.status !== 0) {
    return { smtp, camsim, missing: `camtrack does not accept the whole-system configuration yet: ${(check.stdout + check.stderr).trim()}` };
  }
  const csv = ['code,name,location_class,onvif_address,username,password']
    .concat(fleet.map((c, i) => [c.code, c.name, c.location, cameraAddress(camsim, i), camsim.user, camsim.password].join(',')))
    .join('\n') + '\n';
  fs.writeFileSync(path.join(dir, 'cameras.csv'), csv);
  // The key file must exist before passwords are encrypted: a first start of serve creates it.
  const camtrack = new Camtrack(dir, config, port, { CAMTRACK_SMTP_PASSWORD: smtp.password });
  await camtrack.start();
  await camtrack.stop();
  run(paths.camtrack, ['cameras', 'import', path.join(dir, 'cameras.csv'), '--config', config,
    '--key-file', path.join(dir, 'secret.key')]);
  for (const role of ['officer', 'technician']) addUser(config, role, role, password);
  await camtrack.start();
  return { smtp, camsim, camtrack, config };
}

function cameraAddress(camsim, index) {
  const list = Array.isArray(camsim.cameras) ? camsim.cameras : camsim.cameras.cameras;
  return list[index].device_url;
}

export async function officerApi(camtrack) {
  return new ApiClient(camtrack.base).login('officer', password);
}

// The incidents as the API lists them; null when the API does not list incidents yet. One officer
// session is kept per camtrack and signed in again when refused (e.g. after a restart).
export async function incidents(camtrack) {
  camtrack.api ??= await officerApi(camtrack);
  let r = await camtrack.api.get('/api/v1/incidents');
  if (r.status === 401) {
    camtrack.api = await officerApi(camtrack);
    r = await camtrack.api.get('/api/v1/incidents');
  }
  if (r.status === 404) return null;
  if (r.status !== 200) throw new Error(`GET /api/v1/incidents: HTTP ${r.status} ${r.text}`);
  return r.json;
}

export const appendixSubject = /^Thông báo sự cố hệ thống camera giám sát/;
export const restorationSubject = /^Thông báo đã khắc phục sự cố hệ thống camera giám sát/;
// The daily status mail: sent on working days at notices.daily_status_time (08:00 Vietnam time), and at
// start when that time has passed, so whether a run sees one depends on the hour it runs at.
export const dailyStatusSubject = /^\[.*\] Tình trạng hệ thống camera giám sát ngày /;

// Mails to customs of one kind (by subject), as received by the SMTP server.
export function mailsLike(smtp, subject) {
  return smtp.messages().filter((m) => subject.test(m.subject));
}

// The PDF attached to a received mail, written next to it; its text via pdftotext.
export function attachedPdf(mail) {
  const pdf = mail.file.replace(/\.json$/, '.pdf');
  const script = 'import email,email.policy,sys\n'
    + 'm=email.message_from_binary_file(open(sys.argv[1],"rb"),policy=email.policy.default)\n'
    + 'p=[x for x in m.walk() if x.get_content_type()=="application/pdf"][0]\n'
    + 'open(sys.argv[2],"wb").write(p.get_payload(decode=True))\n';
  run('/usr/bin/python3', ['-c', script, mail.file.replace(/\.json$/, '.eml'), pdf]);
  return { file: pdf, text: run('pdftotext', ['-layout', pdf, '-']).stdout };
}

// The legal deadline of a detection instant as `camtrack calendar deadline` computes it (dd/mm/yyyy).
export function expectedDeadline(detectedAt, workingDays) {
  const local = new Date(Date.parse(detectedAt) + 7 * 3600 * 1000).toISOString().slice(0, 16);
  const r = run(paths.camtrack, ['calendar', 'deadline', '--from', local, '--working-days', String(workingDays), '--json']);
  const date = JSON.parse(r.stdout).deadline_date;  // YYYY-MM-DD
  const [y, m, d] = date.split('-');
  return { iso: date, vietnamese: `${d}/${m}/${y}` };
}

// What must be true at the end of the flow, with or without crashes: the incidents (kind, cameras,
// state) and the mails to customs (kind, Message-ID, how many times each was received). A daily status
// mail is not part of the flow (it depends on the hour), but it too must never arrive twice.
export async function endState(camtrack, smtp) {
  const list = (await incidents(camtrack)) ?? [];
  const all = smtp.messages();
  const daily = all.filter((m) => dailyStatusSubject.test(m.subject));
  const mails = all.filter((m) => !dailyStatusSubject.test(m.subject));
  const counts = {};
  for (const m of mails) counts[m.message_id] = (counts[m.message_id] ?? 0) + 1;
  const kind = (m) => (appendixSubject.test(m.subject) ? 'appendix_ii'
    : restorationSubject.test(m.subject) ? 'restoration' : m.subject);
  return {
    incidents: list.map((i) => ({ kind: i.kind, cameras: i.cameras, state: i.state })),
    mails: [...new Set(mails.map((m) => m.message_id))]
      .map((id) => ({ kind: kind(mails.find((m) => m.message_id === id)), received: counts[id] }))
      .sort((a, b) => a.kind.localeCompare(b.kind)),
    dailyStatusRepeated: daily.length - new Set(daily.map((m) => m.message_id)).size,
  };
}

export const expectedEndState = {
  incidents: [{ kind: 'equipment', cameras: ['CAM-GATE-01'], state: 'closed' }],
  mails: [{ kind: 'appendix_ii', received: 1 }, { kind: 'restoration', received: 1 }],
  dailyStatusRepeated: 0,
};

// Waits for the first incident of the API list matching `pred`.
export function waitForIncident(camtrack, what, pred, timeoutMs) {
  return waitFor(what, async () => ((await incidents(camtrack)) ?? []).find(pred), { timeoutMs, everyMs: 250 });
}

export async function stopAll(system) {
  await system?.camtrack?.stop();
  await system?.camsim?.stop();
  await system?.smtp?.stop();
}
