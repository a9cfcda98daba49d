// What a person does in camtrack's pages, in terms of what they see: the login form, the navigation,
// the forms found by their Vietnamese labels, the flash message after an action.
import assert from 'node:assert/strict';

export async function login(page, base, username, password) {
  await page.goto(`${base}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await Promise.all([page.waitForLoadState('load'), page.locator('#login-submit').click()]);
}

// Logs in and checks the header names the user and their role in Vietnamese.
export async function loginAs(page, base, username, password, roleLabel) {
  await login(page, base, username, password);
  await page.getByTestId('current-user').waitFor();
  assert.equal((await page.getByTestId('current-user').textContent()).trim(), username);
  assert.equal((await page.getByTestId('current-role').textContent()).trim(), roleLabel);
}

export async function logout(page) {
  await Promise.all([page.waitForLoadState('load'), page.getByTestId('logout').click()]);
  await page.locator('#login-form').waitFor();
}

// The form in <main> that shows every one of `texts` (its labels), e.g. ['Lý do', 'Ngày dự kiến ...'].
export function formWith(page, texts) {
  let form = page.locator('main form');
  for (const text of texts) form = form.filter({ hasText: text });
  return form.first();
}

// Submits a form with its last submit button, accepting a confirmation dialog if one opens.
export async function submit(page, form) {
  page.once('dialog', (dialog) => dialog.accept().catch(() => {}));
  const button = form.locator('button[type=submit], button:not([type]), input[type=submit]').last();
  await Promise.all([page.waitForLoadState('load'), button.click()]);
}

export async function flashText(page) {
  const flash = page.getByTestId('flash');
  await flash.waitFor();
  return (await flash.textContent()).trim();
}

export const mainText = async (page) => (await page.locator('main').innerText());

// The names and values of a form's fields, to replay it as a forged request.
export async function formFields(form) {
  return form.evaluate((f) => Object.fromEntries(new FormData(f).entries()));
}
