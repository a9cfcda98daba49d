// The real camtrack binary for the tests: a site configuration in a temp folder, accounts made with
// `camtrack user add`, `camtrack serve` started (and restarted) on a port picked for the test, and a
// small JSON API client holding the session cookie and CSRF token like a browser would.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { paths, waitFor } from './env.mjs';
import { Proc, run } from './proc.mjs';

// A port that was free a moment ago (serve names its port; it refuses port 0).
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const toml = (value) => JSON.stringify(value);  // TOML basic strings accept JSON string escapes

// Writes dir/camtrack.toml; `sections` adds or overrides keys, e.g. {smtp: {url: '...'}}.
export function writeConfig(dir, port, sections = {}) {
  const base = {
    site: {
      enterprise_name: 'Công ty TNHH Kiểm thử Camtrack', tax_code: '3701234567', address: 'Lô A1, KCN Mỹ Phước',
      phone: '0274 3800 000', email: 'compliance@example.test', contact_person: 'Nguyễn Văn An',
      legal_representative: 'Trần Thị Bình', place_name: 'Bình Dương', customs_unit: 'Chi cục Hải quan khu vực II',
      customs_emails: ['giamsat@customs.example.test'],
    },
    database: { path: path.join(dir, 'camtrack.db') },
    secrets: { key_file: path.join(dir, 'secret.key') },
    smtp: { mail_dir: path.join(dir, 'mail') },
    web: { listen: `127.0.0.1:${port}` },
  };
  const merged = { ...base };
  for (const [name, keys] of Object.entries(sections)) merged[name] = { ...(merged[name] ?? {}), ...keys };
  let text = '';
  for (const [name, keys] of Object.entries(merged)) {
    text += `[${name}]\n`;
    for (const [key, value] of Object.entries(keys)) {
      const written = Array.isArray(value) ? `[${value.map(toml).join(', ')}]`
        : typeof value === 'string' ? toml(value) : String(value);
      text += `${key} = ${written}\n`;
    }
    text += '\n';
  }
  const file = path.join(dir, 'camtrack.toml');
  fs.writeFileSync(file, text);
  return file;
}

// True when this camtrack accepts the configuration (e.g. to use a key only when it exists yet).
export function configAccepted(configFile) {
  return run(paths.camtrack, ['config', 'check', '--config', configFile], { allowFailure: true }).status === 0;
}

export function addUser(configFile, username, role, password) {
  run(paths.camtrack, ['user', 'add', username, '--role', role, '--config', configFile],
    { env: { CAMTRACK_PASSWORD: password } });
}

// `camtrack serve`: start() waits for /healthz; kill9() and start() again to simulate a crash.
export class Camtrack {
  constructor(dir, configFile, port, env = {}) {
    Object.assign(this, { dir, configFile, port, env, starts: 0 });
    this.base = `http://127.0.0.1:${port}`;
  }

  async start() {
    this.starts += 1;
    this.proc = new Proc(`camtrack serve #${this.starts}`, paths.camtrack, ['serve', '--config', this.configFile], {
      env: { CAMTRACK_LOG_LEVEL: 'info', ASAN_OPTIONS: 'detect_leaks=0', ...this.env },
      logFile: path.join(this.dir, 'camtrack.log'),
    });
    await waitFor('camtrack /healthz', async () => {
      if (!this.proc.alive) throw new Error(`camtrack exited: ${JSON.stringify(this.proc.exit)}\n${this.proc.output}`);
      const r = await fetch(`${this.base}/healthz`).catch(() => null);
      return r?.status === 200;
    }, { timeoutMs: 30000, everyMs: 100 });
    return this;
  }

  kill9() { return this.proc?.kill9(); }
  stop() { return this.proc?.stop(); }
}

// A JSON API session: login keeps the cookie and the CSRF token for later writes.
export class ApiClient {
  constructor(base) { this.base = base; this.cookie = ''; this.csrf = ''; }

  async request(method, url, body) {
    const headers = { Accept: 'application/json' };
    if (this.cookie) headers.Cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['X-CSRF-Token'] = this.csrf;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(this.base + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: r.status, json, text, headers: r.headers };
  }

  async login(username, password) {
    const r = await fetch(`${this.base}/api/v1/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }),
    });
    if (r.status !== 200) throw new Error(`login ${username}: HTTP ${r.status} ${await r.text()}`);
    const cookie = r.headers.get('set-cookie') ?? '';
    this.cookie = cookie.split(';')[0];
    this.csrf = (await r.json()).csrf_token;
    return this;
  }

  get(url) { return this.request('GET', url); }
  post(url, body) { return this.request('POST', url, body); }
}
