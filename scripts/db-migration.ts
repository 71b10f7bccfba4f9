// npm run db:migration -- <name>: writes a new migration from the difference between the committed migrations
// and prisma/schema.prisma, as prisma/migrations/<timestamp>_<name>/migration.sql.
import { createMigrationFromSchema } from '../lib/db/migrate';
import { runScript } from './support/run-script';

runScript(async () => {
  const name = process.argv.slice(2).join(' ');
  if (!name.trim()) {
    console.error('Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add_figure_notes)');
    process.exit(2);
  }
  const directory = await createMigrationFromSchema(name);
  console.log(directory ? `Wrote ${directory}/migration.sql. Apply it with npm run db:migrate.` : 'The schema matches the migrations: nothing to write.');
});
