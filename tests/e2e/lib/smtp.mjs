// A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd, tests/integration/notices_smtp/
// smtp_server.py): STARTTLS with a throwaway certificate made by openssl, AUTH required. Every accepted
// message is saved as NNNN.eml + NNNN.json (envelope, subject, Message-ID, text, attachments).
import fs from 'node:fs';
import path from 'node:path';
import { paths } from './env.mjs';
import { Proc, run } from './proc.mjs';

export class SmtpServer {
  static async start(dir, { user = 'camtrack', password = 'smtp-secret-42' } = {}) {
    const s = new SmtpServer();
    Object.assign(s, { user, password, dir: path.join(dir, 'smtp-received') });
    s.cert = path.join(dir, 'smtp-cert.pem');
    s.key = path.join(dir, 'smtp-key.pem');
    run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', s.key, '-out', s.cert]);
    const script = path.join(paths.source, 'tests/integration/notices_smtp/smtp_server.py');
    s.proc = new Proc('smtp server', '/usr/bin/python3', [script, '--dir', s.dir, '--cert', s.cert, '--key', s.key,
      '--user', user, '--password', password], { logFile: path.join(dir, 'smtp.log') });
    const match = await s.proc.waitForOutput(/PORT (\d+)/, 20000);
    s.port = Number(match[1]);
    return s;
  }

  // Every message received so far, oldest first (the .json summaries written by the server).
  messages() {
    if (!fs.existsSync(this.dir)) return [];
    return fs.readdirSync(this.dir).filter((f) => /^\d+\.json$/.test(f)).sort()
      .map((f) => ({ file: path.join(this.dir, f), ...JSON.parse(fs.readFileSync(path.join(this.dir, f), 'utf8')) }));
  }

  stop() { return this.proc.stop(); }
}
