// A reference server of the page bench, run as its own process so that it does not share an event loop with the
// load generator: GET /static answers the saved HTML of `/` from memory (a bare node:http static server), and
// GET /api/figures answers the bare better-sqlite3 page of bare-figures.ts. Arguments: <html file> <database file>.
// Prints "listening <port>" once it answers.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBareFiguresPage } from './bare-figures';

const [htmlFile, databasePath] = process.argv.slice(2);
if (!htmlFile || !databasePath) {
  console.error('usage: reference-server.ts <html file> <database file>');
  process.exit(2);
}
const html = fs.readFileSync(htmlFile);
const figuresPage = createBareFiguresPage(databasePath);

const server = http.createServer((request, response) => {
  if (request.url === '/static') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length });
    response.end(html);
  } else if (request.url?.startsWith('/api/figures')) {
    const body = Buffer.from(figuresPage.read());
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  } else {
    response.writeHead(404).end();
  }
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));

const stop = () => server.close(() => (figuresPage.close(), process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
