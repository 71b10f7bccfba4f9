// Read by the Prisma CLI (`prisma generate`). Migrations do not go through the CLI: see lib/db/migrate.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
});
