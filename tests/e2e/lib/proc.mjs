// Child processes for the tests: output captured (and mirrored to a log file), waiting for a line,
// SIGTERM with a grace period or SIGKILL. Every process still running when the test process exits is
// killed, so a failing test never leaves a server behind.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const running = new Set();
process.on('exit', () => {
  for (const p of running) {
    try { process.kill(p.child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
});

export class Proc {
  constructor(name, program, args, { cwd, env, logFile } = {}) {
    this.name = name;
    this.output = '';
    this.exit = null;
    this.child = spawn(program, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
    const take = (chunk) => {
      const text = chunk.toString();
      this.output += text;
      this.log?.write(text);
    };
    this.child.stdout.on('data', take);
    this.child.stderr.on('data', take);
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        running.delete(this);
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
    running.add(this);
  }

  get pid() { return this.child.pid; }
  get alive() { return this.exit === null; }

  // Resolves with the match of `pattern` in the output; rejects when the process exits first.
  waitForOutput(pattern, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = this.output.match(pattern);
        if (match) { done(); resolve(match); return true; }
        if (!this.alive) {
          done();
          reject(new Error(`${this.name} exited (${JSON.stringify(this.exit)}) before printing ${pattern}:\n${this.output}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.name} did not print ${pattern} within ${timeoutMs} ms:\n${this.output}`));
      }, timeoutMs);
      const poll = setInterval(check, 50);
      const done = () => { clearTimeout(timer); clearInterval(poll); };
      check();
    });
  }

  kill9() {
    if (this.alive) this.child.kill('SIGKILL');
    return this.exited;
  }

  // SIGTERM, then SIGKILL after graceMs; resolves with {code, signal}.
  async stop(graceMs = 10000) {
    if (!this.alive) return this.exit;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    this.log?.end();
    return exit;
  }
}

// Runs a program to completion; throws with its output when it fails.
export function run(program, args, { env, input, cwd, allowFailure = false } = {}) {
  const r = spawnSync(program, args, { cwd, env: { ...process.env, ...env }, input, encoding: 'utf8', timeout: 60000 });
  if (!allowFailure && r.status !== 0) {
    throw new Error(`${program} ${args.join(' ')} exited ${r.status}:\n${r.stdout}${r.stderr}`);
  }
  return r;
}
