import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './server';
import { makeTempDir } from './temp-database';

/**
 * nginx with the example site of deploy/nginx/figures.conf, its upstream servers and listening port replaced by
 * the test's: a prefix folder of its own (`nginx -p DIR -c nginx.conf`, `daemon off;`), pid, logs and temp files
 * inside it, stopped and removed by `stop()`.
 */

export interface RunningNginx {
  url: string;
  /** The error log, for failure messages and to see which upstream failed. */
  errorLog: () => string;
  stop: () => Promise<void>;
}

const SITE = path.join(__dirname, '..', '..', 'deploy', 'nginx', 'figures.conf');

/** nginx on PATH, else where Debian puts it (as jest.config.js looks for it); null when there is none. */
export function findNginx(): string | null {
  if (spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0) return 'nginx';
  return fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null;
}

/** The example site with the test's upstream servers and port; throws if the example no longer has those lines. */
function siteFor(upstreams: string[], port: number): string {
  const site = fs.readFileSync(SITE, 'utf8');
  const serverLine = /^(\s*)server 127\.0\.0\.1:\d+( [^;]*)?;\n/m;
  const match = serverLine.exec(site);
  if (!match || !/^\s*listen 80;$/m.test(site)) throw new Error(`${SITE} has no "server 127.0.0.1:PORT …;" or "listen 80;" line to replace`);
  const servers = upstreams.map((upstream) => `${match[1]}server ${new URL(upstream).host}${match[2] ?? ''};\n`).join('');
  const withoutServers = site.replace(new RegExp(serverLine.source, 'gm'), '');
  return withoutServers.slice(0, match.index) + servers + withoutServers.slice(match.index).replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
}

export async function startNginx(nginx: string, upstreams: string[]): Promise<RunningNginx> {
  const prefix = makeTempDir('figures-nginx-');
  fs.chmodSync(prefix, 0o755);
  for (const folder of ['temp', 'logs']) fs.mkdirSync(path.join(prefix, folder), { mode: 0o777 });
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, 'figures.conf'), siteFor(upstreams, port));
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      // Started as root, nginx's workers would run as nobody, who cannot write to this folder.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/temp/${kind};`),
      `  include ${prefix}/figures.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const errorLog = () => {
    const file = path.join(prefix, 'logs', 'error.log');
    return output + (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      const removed = () => {
        fs.rmSync(prefix, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return removed();
      child.once('exit', removed);
      child.kill('SIGTERM');
    });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = errorLog();
      await stop();
      throw new Error(`nginx exited with ${child.exitCode}:\n${log}`);
    }
    try {
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        const log = errorLog();
        await stop();
        throw new Error(`nginx did not answer within 10 s:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, errorLog, stop };
}
