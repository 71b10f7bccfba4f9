// npm start: migrate the database, seed it if it is empty, create the first user if there is none, build if the
// sources changed, then serve on PORT.
import { buildIfStale } from '../lib/build/current-build';
import { getEnv } from '../lib/env';
import { prepareApp } from './support/prepare-app';
import { runScript } from './support/run-script';
import { serveWithNext } from './support/serve';

runScript(async () => {
  await prepareApp();
  buildIfStale();
  serveWithNext('start', getEnv().PORT, 'production');
});
