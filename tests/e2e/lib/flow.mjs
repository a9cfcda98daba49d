// The whole-system flow of issue 9, shared by the clean run and the run with kill -9s:
// gate camera dies → incident → Appendix II mail to customs → officer sees it in the browser →
// camera back → restored → technician closes it in the browser → restoration mail.
// `chaos` (optional) kills camtrack with SIGKILL at random moments and restarts it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, shot, step } from './browser.mjs';
import { paths, sleep, waitFor } from './env.mjs';
import { loginAs, mainText, submit, flashText } from './pages.mjs';
import { run } from './proc.mjs';
import { pagesMissing } from './site.mjs';
import {
  appendixSubject, attachedPdf, customsAddress, expectedDeadline, incidents, intervalSeconds, mailsLike,
  password, restorationSubject, waitForIncident,
} from './system.mjs';

const gate = 'CAM-GATE-01';

// Copies a screenshot into docs/screenshots when CAMTRACK_E2E_UPDATE_SCREENSHOTS is set.
function publish(file, name) {
  if (!process.env.CAMTRACK_E2E_UPDATE_SCREENSHOTS) return;
  const dir = path.join(paths.source, 'docs/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(file, path.join(dir, name));
}

// Runs `wait` while chaos (if any) kills and restarts camtrack at random moments.
async function waitWithChaos(chaos, wait) {
  if (!chaos) return wait();
  const stop = { done: false };
  const killer = chaos.during(stop);
  try {
    return await wait();
  } finally {
    stop.done = true;
    await killer;
  }
}

export async function wholeSystemFlow(t, dir, system, { chaos = null, figures = {} } = {}) {
  const { camtrack, camsim, smtp } = system;
  const missingPages = await pagesMissing(camtrack.base);
  if ((await incidents(camtrack)) === null) return 'the JSON API does not list incidents yet (GET /api/v1/incidents: 404)';
  const metrics = await (await fetch(`${camtrack.base}/metrics`)).text();
  if (!metrics.includes('camtrack_monitor_')) return 'the poller does not run inside camtrack serve yet (no camtrack_monitor_* metrics)';

  // 1. The gate camera dies: an incident within two check intervals.
  const killedAt = Date.now();
  await camsim.setFaults(0, { down: true });
  const incident = await waitWithChaos(chaos, () => waitForIncident(camtrack, 'an incident for the dead gate camera',
    (i) => i.cameras.includes(gate) && i.state !== 'closed', chaos ? 120000 : 4 * intervalSeconds * 1000));
  figures.detectionSeconds = (Date.now() - killedAt) / 1000;
  assert.equal(incident.kind, 'equipment');
  assert.deepEqual(incident.cameras, [gate], 'only the dead camera is in the incident');
  if (!chaos) {
    assert.ok(figures.detectionSeconds <= 2 * intervalSeconds + 3,
      `incident within 2 check intervals (${2 * intervalSeconds} s): took ${figures.detectionSeconds} s`);
  }
  const deadline = expectedDeadline(incident.detected_at, 10);
  assert.equal(incident.deadline_date, deadline.iso, 'the legal deadline is 10 working days after detection');
  if (chaos) await chaos.maybeCrash('incident open');

  // 2. The Appendix II mail reaches customs with the camera and the deadline.
  const [appendix] = await waitWithChaos(chaos, () => waitFor('the Appendix II mail', () => {
    const got = mailsLike(smtp, appendixSubject);
    return got.length ? got : null;
  }, { timeoutMs: chaos ? 120000 : 30000 }));
  figures.appendixSeconds = (Date.now() - killedAt) / 1000;
  assert.deepEqual(appendix.rcpt_tos, [customsAddress]);
  assert.ok(appendix.attachments.some((a) => a.pdf_magic), 'the Appendix II PDF is attached');
  const pdf = attachedPdf(appendix);
  const letter = `${appendix.text}\n${pdf.text}`;
  assert.match(letter, new RegExp(gate), 'the notice names the dead camera');
  assert.ok(letter.includes(deadline.vietnamese), `the notice states the deadline ${deadline.vietnamese}`);
  for (const other of ['CAM-KHO-01', 'CAM-BAI-01', 'CAM-KHO-02']) assert.doesNotMatch(letter, new RegExp(other));
  if (!chaos) {
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf.file, path.join(paths.artifacts, 'appendix-ii')]);
    publish(path.join(paths.artifacts, 'appendix-ii.png'), 'appendix-ii.png');
  }
  if (chaos) await chaos.maybeCrash('appendix sent');

  // 3. The officer sees it in the browser, with its countdown and the notice.
  if (missingPages) {
    t.diagnostic(`SKIPPED browser steps: ${missingPages}`);
  } else {
    const s = await openBrowser(t, dir, `officer${chaos ? '-chaos' : ''}`);
    await step(s, 'officer-sees-incident', async () => {
      await loginAs(s.page, camtrack.base, 'officer', password, 'Cán bộ tuân thủ');
      const row = s.page.locator(`[data-testid=incident-row][data-incident-id="${incident.id}"]`);
      assert.match(await row.innerText(), new RegExp(gate));
      assert.match(await row.getByTestId('countdown').innerText(), /còn/);
      assert.ok((await row.innerText()).includes(`hết ngày ${deadline.vietnamese}`),
        `the dashboard writes the deadline as the letter does: hết ngày ${deadline.vietnamese}`);
      const dashboard = await shot(s.page, `system-dashboard${chaos ? '-chaos' : ''}`);
      if (!chaos) publish(dashboard, 'dashboard.png');
      await s.page.goto(`${camtrack.base}/incidents/${incident.id}`);
      const text = await mainText(s.page);
      assert.match(text, /Văn bản đã gửi/);
      assert.match(text, /Thông báo sự cố hệ thống camera giám sát/);
    });
  }

  // 4. The camera comes back: the incident is restored (its clock stops).
  await camsim.setFaults(0, { down: false });
  await waitWithChaos(chaos, () => waitForIncident(camtrack, 'the incident restored',
    (i) => i.id === incident.id && i.state === 'restored', chaos ? 120000 : 60000));
  if (chaos) await chaos.maybeCrash('restored');

  // 5. The technician closes it in the browser with a repair report.
  if (missingPages) {
    t.diagnostic(`SKIPPED technician close: ${missingPages}`);
    return `technician closing in the browser: ${missingPages}`;
  }
  const tech = await openBrowser(t, dir, `technician${chaos ? '-chaos' : ''}`);
  await step(tech, 'technician-closes', async () => {
    await loginAs(tech.page, camtrack.base, 'technician', password, 'Kỹ thuật viên');
    await tech.page.goto(`${camtrack.base}/incidents/${incident.id}`);
    const form = tech.page.getByTestId('close-form');
    await form.getByLabel('Nguyên nhân').fill('Mất nguồn camera cổng');
    await form.getByLabel('Biện pháp khắc phục').fill('Cắm lại nguồn, kiểm tra hình ảnh');
    await submit(tech.page, form);
    assert.equal(await flashText(tech.page), 'Đã đóng sự cố.');
  });
  if (chaos) await chaos.maybeCrash('closed');

  // 6. The restoration mail reaches customs.
  const [restoration] = await waitWithChaos(chaos, () => waitFor('the restoration mail', () => {
    const got = mailsLike(smtp, restorationSubject);
    return got.length ? got : null;
  }, { timeoutMs: chaos ? 120000 : 30000 }));
  assert.deepEqual(restoration.rcpt_tos, [customsAddress]);
  assert.match(`${restoration.text}\n${attachedPdfText(restoration)}`, new RegExp(gate));
  await sleep(2000);  // anything sent twice would arrive now
  return null;
}

function attachedPdfText(mail) {
  return mail.attachments.some((a) => a.pdf_magic) ? attachedPdf(mail).text : '';
}
