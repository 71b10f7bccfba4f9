// Serves the built app (or, with --dev, the development server) on --port and --hostname, every request
// carrying its socket's address for rate limiting (lib/server/app-server.ts). `npm start`, `npm run dev` and the
// end-to-end tests run it.
import { parseArgs } from 'node:util';
import { serveApp } from '../lib/server/app-server';
import { runScript } from './support/run-script';

runScript(async () => {
  const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false }, port: { type: 'string' }, hostname: { type: 'string' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error('Give --port a port number from 1 to 65535.');
  await serveApp({ dev: values.dev, port, hostname: values.hostname });
});
