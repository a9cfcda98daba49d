// Real-browser tests of camtrack's pages (issue 8): headless chromium against the real `camtrack serve`
// on a seeded database. Each role does its job and sees the result in Vietnamese; the liaison can only
// look. Steps run in order and share the site; screenshots of key steps go to the artifacts folder.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBrowser, phone, shot, step } from './lib/browser.mjs';
import { flashText, formFields, login, loginAs, logout, mainText, submit } from './lib/pages.mjs';
import { pagesMissing, password, startSeededSite, vietnamDate } from './lib/site.mjs';

const explanation = 'Chờ linh kiện thay thế từ nhà cung cấp (camera cổng chính)';

describe('camtrack in a real browser', () => {
  let dir;
  let site;
  let missing;
  let explainForm;  // the officer's overdue-explanation form: action and fields, replayed by the liaison

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'camtrack-e2e-browser-'));
    site = await startSeededSite(dir);
    missing = await pagesMissing(site.base);
  });

  after(async () => {
    await site?.camtrack.stop();
    if (!process.env.CAMTRACK_E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a wrong password with a message in Vietnamese', async (t) => {
    if (missing) return t.skip(missing);
    const s = await openBrowser(t, dir, 'wrong-password');
    await step(s, 'wrong-password', async () => {
      await login(s.page, site.base, 'officer', 'not-the-password');
      const error = s.page.getByTestId('login-error');
      await error.waitFor();
      assert.equal((await error.textContent()).trim(), 'Sai tên đăng nhập hoặc mật khẩu.');
      assert.equal(await s.page.getByTestId('current-user').count(), 0, 'not signed in');
      await shot(s.page, 'browser-01-wrong-password');
    });
  });

  it('officer sees the incidents, opens the overdue one and writes the explanation', async (t) => {
    if (missing) return t.skip(missing);
    const s = await openBrowser(t, dir, 'officer');
    const { page } = s;
    const ids = site.ids;
    await step(s, 'dashboard', async () => {
      await loginAs(page, site.base, 'officer', password, 'Cán bộ tuân thủ');
      assert.equal((await page.locator('#page-title').textContent()).trim(), 'Tổng quan hệ thống camera');
      const overdueRow = page.locator(`[data-testid=incident-row][data-incident-id="${ids.overdue}"]`);
      const freshRow = page.locator(`[data-testid=incident-row][data-incident-id="${ids.fresh}"]`);
      assert.match(await overdueRow.innerText(), /CAM-GATE-01/);
      assert.match(await overdueRow.getByTestId('countdown').innerText(), /quá hạn/);
      assert.match(await freshRow.innerText(), /CAM-BAI-01/);
      assert.match(await freshRow.getByTestId('countdown').innerText(), /còn/);
      assert.equal(await page.locator(`[data-testid=incident-row][data-incident-id="${ids.restored}"]`).count(), 0,
        'a restored incident is not listed as open');
      await shot(page, 'browser-02-officer-dashboard');
    });
    await step(s, 'list', async () => {
      await page.getByTestId('nav-incidents').click();
      await page.waitForURL(/\/incidents/);
      assert.equal((await page.locator('#page-title').textContent()).trim(), 'Danh sách sự cố');
      const text = await mainText(page);
      for (const code of ['CAM-GATE-01', 'CAM-KHO-01', 'CAM-BAI-01']) assert.match(text, new RegExp(code));
      await shot(page, 'browser-03-officer-incident-list');
    });
    await step(s, 'detail', async () => {
      await page.locator(`a[href$="/incidents/${ids.overdue}"]`).first().click();
      await page.waitForURL(new RegExp(`/incidents/${ids.overdue}$`));
      assert.equal((await page.locator('#page-title').textContent()).trim(), 'Chi tiết sự cố');
      const text = await mainText(page);
      assert.match(text, /CAM-GATE-01/);
      assert.equal((await page.getByTestId('explanation-due').innerText()).trim(), 'Đã quá hạn: cần gửi văn bản giải trình.');
      assert.match(await page.getByTestId('incident-state').innerText(), /Quá hạn/);
    });
    await step(s, 'explain', async () => {
      const form = page.getByTestId('explain-form');
      await form.getByLabel('Lý do').fill(explanation);
      await form.getByLabel('Ngày dự kiến hoàn thành').fill(vietnamDate(7));
      explainForm = { action: new URL(await form.getAttribute('action') ?? page.url(), page.url()).href,
        fields: await formFields(form) };
      await submit(page, form);
      assert.equal(await flashText(page), 'Đã lưu giải trình quá hạn.');
      assert.match(await page.getByTestId('explanation').first().innerText(), new RegExp(explanation.slice(0, 30)));
      await shot(page, 'browser-04-officer-explained');
    });
  });

  it('technician closes the restored incident with a repair report', async (t) => {
    if (missing) return t.skip(missing);
    const s = await openBrowser(t, dir, 'technician');
    const { page } = s;
    await step(s, 'close', async () => {
      await loginAs(page, site.base, 'technician', password, 'Kỹ thuật viên');
      await page.goto(`${site.base}/incidents/${site.ids.restored}`);
      assert.equal((await page.getByTestId('incident-state').innerText()).trim(), 'Đã khắc phục');
      const form = page.getByTestId('close-form');
      // The same request without its CSRF token is refused and changes nothing.
      const action = new URL(await form.getAttribute('action'), page.url()).href;
      const noToken = await page.request.post(action, { maxRedirects: 0,
        form: { cause: 'x', repair_action: 'y', minutes: '1' } });
      assert.equal(noToken.status(), 403, 'a POST without the CSRF token is refused');
      await page.reload();
      assert.equal((await page.getByTestId('incident-state').innerText()).trim(), 'Đã khắc phục');
      await form.getByLabel('Nguyên nhân').fill('Nguồn PoE của camera bị hỏng');
      await form.getByLabel('Biện pháp khắc phục').fill('Thay bộ cấp nguồn PoE, kiểm tra lại hình ảnh');
      const minutes = form.getByLabel('Thời gian sửa (phút)');
      if (await minutes.count()) await minutes.fill('45');
      await submit(page, form);
      assert.equal(await flashText(page), 'Đã đóng sự cố.');
      assert.equal((await page.getByTestId('incident-state').innerText()).trim(), 'Đã đóng');
      assert.match(await page.locator('#repair-report').innerText(), /Thay bộ cấp nguồn PoE/);
      await shot(page, 'browser-05-technician-closed');
    });
    await step(s, 'logout', async () => {
      await logout(page);
      await page.goto(`${site.base}/incidents`);
      await page.locator('#login-form').waitFor();  // signed out: the list asks for a login again
    });
  });

  it('guard logs a vehicle from a phone-sized screen', async (t) => {
    if (missing) return t.skip(missing);
    const s = await openBrowser(t, dir, 'guard', { viewport: phone, isMobile: true });
    const { page } = s;
    const plate = '61C-123.45';
    await step(s, 'gate', async () => {
      await loginAs(page, site.base, 'guard', password, 'Bảo vệ');
      await page.goto(`${site.base}/gate`);
      assert.equal((await page.locator('#page-title').textContent()).trim(), 'Sổ theo dõi phương tiện ra vào cổng');
      const form = page.getByTestId('gate-form');
      await form.getByLabel('Camera cổng').selectOption('CAM-GATE-01');
      await form.getByLabel('Biển số xe').fill(plate);
      await form.getByLabel('Vào').check();
      const container = form.getByLabel('Số container');
      if (await container.count()) await container.fill('MSKU1234565');
      await submit(page, form);
      assert.equal(await flashText(page), 'Đã ghi nhận phương tiện.');
      assert.match(await page.getByTestId('gate-recent').innerText(), new RegExp(plate.replace('.', '\\.')));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= phone.width, `the gate page fits a ${phone.width}px phone (scroll width ${width})`);
      await shot(page, 'browser-06-guard-phone');
    });
  });

  it('liaison sees everything but cannot change anything', async (t) => {
    if (missing) return t.skip(missing);
    const s = await openBrowser(t, dir, 'liaison');
    const { page } = s;
    await step(s, 'read-only', async () => {
      await loginAs(page, site.base, 'liaison', password, 'Cán bộ hải quan');
      assert.equal(await page.locator(`[data-testid=incident-row][data-incident-id="${site.ids.overdue}"]`).count(), 1);
      await page.goto(`${site.base}/incidents/${site.ids.overdue}`);
      const text = await mainText(page);
      assert.match(text, /CAM-GATE-01/);
      assert.match(text, new RegExp(explanation.slice(0, 30)), 'the officer\'s explanation is visible');
      assert.equal(await page.locator('main form[method=post], main form[method=POST]').count(), 0,
        'no action forms for the liaison');
      await shot(page, 'browser-07-liaison-detail');
    });
    await step(s, 'forged-post', async () => {
      assert.ok(explainForm, 'the officer step recorded the explanation form');
      const csrf = await page.locator('#logout-form input[name=csrf_token]').inputValue();
      const forged = { ...explainForm.fields, csrf_token: csrf, reason: 'Giải trình giả mạo' };
      const r = await page.request.post(explainForm.action, { form: forged, maxRedirects: 0 });
      assert.equal(r.status(), 403, 'a liaison\'s POST is refused');
      await page.reload();
      assert.doesNotMatch(await mainText(page), /Giải trình giả mạo/);
    });
  });
});
