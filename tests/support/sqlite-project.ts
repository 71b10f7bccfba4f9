/**
 * Set up before each test file of the SQLite project (jest.config.js): whatever a PostgreSQL file set before it in
 * this worker is undone, so the file finds the environment as it was.
 */
if (process.env.TEST_DATABASE_KIND === 'postgresql') {
  delete process.env.DATABASE_URL;
  if (process.env.TEST_SET_SESSION_SECRET) delete process.env.SESSION_SECRET;
}
delete process.env.TEST_SET_SESSION_SECRET;
process.env.TEST_DATABASE_KIND = 'sqlite';
