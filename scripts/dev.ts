// npm run dev: prepare the database and first user as npm start does, then run the development server on PORT.
import { getEnv } from '../lib/env';
import { prepareApp } from './support/prepare-app';
import { runScript } from './support/run-script';
import { serveWithNext } from './support/serve';

runScript(async () => {
  await prepareApp();
  serveWithNext('dev', getEnv().PORT, 'development');
});
