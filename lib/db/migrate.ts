import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as schemaEngineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

/**
 * Migrations with Prisma's own schema engine compiled to WebAssembly, so they run offline: the Prisma CLI would
 * download a native engine at first use. The engine records applied migrations in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does, so the standard tooling can take over wherever it is available.
 */

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

type WasmBindings = typeof schemaEngineBindings & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
let bindingsReady: Promise<void> | undefined;

/**
 * The wasm module is built for bundlers, so it is instantiated by hand once per process. `__wbindgen_start`
 * fills the table of JavaScript values (undefined, null, true, false) the module refers to by index; without
 * it every call that passes one of them fails with a confusing "invalid type".
 */
function loadSchemaEngineBindings(): Promise<void> {
  bindingsReady ??= (async () => {
    // The package exports no path to its .wasm file; it sits beside the main module.
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      './schema_engine_bg.js': withTrackedTimers(schemaEngineBindings),
    });
    (schemaEngineBindings as WasmBindings).__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return bindingsReady;
}

/**
 * The engine's pending timeouts, and how many engines are running. Its PostgreSQL connector leaves a timeout of
 * 10 s pending when the engine is freed; once no engine runs, those left are unref'd, so that they do not keep a
 * script or a test worker alive after its work is done (they still fire if the process lives on).
 */
const engineTimers = new Set<NodeJS.Timeout>();
let runningEngines = 0;

/** The bindings with their setTimeout recording each timeout in engineTimers until it fires. */
function withTrackedTimers(bindings: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const tracked: WebAssembly.ModuleImports = { ...bindings };
  for (const name of Object.keys(tracked).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    tracked[name] = (callback: () => void, delay: number) => {
      const timer = setTimeout(() => {
        engineTimers.delete(timer);
        callback();
      }, delay >>> 0);
      engineTimers.add(timer);
      return timer;
    };
  }
  return tracked;
}

/** The schema file an engine works with, and the database it connects to through a driver adapter. */
export interface EngineTarget {
  schemaPath: string;
  factory: SqlMigrationAwareDriverAdapterFactory;
}

/**
 * Runs `work` with an engine on the target's database. Freeing the engine does not close the connections it
 * opened (one of them keeps a SQLite file locked), so they are tracked here and closed afterwards.
 */
export async function withSchemaEngine<T>({ schemaPath, factory }: EngineTarget, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadSchemaEngineBindings();
  const connections: SqlDriverAdapter[] = [];
  const trackingFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  function track(connection: SqlDriverAdapter): SqlDriverAdapter {
    connections.push(connection);
    return connection;
  }
  runningEngines += 1;
  try {
    const engine = await schemaEngineBindings.SchemaEngine.new(
      { datamodels: [[schemaPath, fs.readFileSync(schemaPath, 'utf8')]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(trackingFactory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
      await Promise.allSettled(connections.map((connection) => connection.dispose()));
    }
  } finally {
    runningEngines -= 1;
    if (runningEngines === 0) for (const timer of engineTimers) timer.unref();
  }
}

function sqliteTarget(databasePath: string): EngineTarget {
  return { schemaPath: SCHEMA_PATH, factory: new PrismaBetterSqlite3({ url: `file:${databasePath}` }) };
}

/** The committed migrations, read from prisma/migrations in the layout `prisma migrate` uses. */
export function readMigrationList(migrationsDir = MIGRATIONS_DIR): MigrationList {
  const lockfilePath = path.join(migrationsDir, 'migration_lock.toml');
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockfilePath) ? fs.readFileSync(lockfilePath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const content = fs.existsSync(file)
        ? ({ tag: 'ok', value: fs.readFileSync(file, 'utf8') } as const)
        : ({ tag: 'error', value: `missing ${file}` } as const);
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  };
}

/** Applies the pending migrations; returns the names of those applied by this call (empty when up to date). */
export async function applyPendingMigrations(databasePath: string): Promise<string[]> {
  return applyMigrationsTo(sqliteTarget(databasePath), MIGRATIONS_DIR);
}

/** Applies the pending migrations of `migrationsDir` to the target's database; returns the names applied. */
export async function applyMigrationsTo(target: EngineTarget, migrationsDir: string): Promise<string[]> {
  return withSchemaEngine(target, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(migrationsDir),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database built from the committed migrations to the current schema.prisma, or '' when
 * they agree. The migrations are applied to a scratch file first: the engine's own "from migrations" diff
 * replays them on a shadow connection through single-statement queries, which better-sqlite3 refuses.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-migration-'));
  const scratchPath = path.join(scratchDir, 'scratch.db');
  try {
    const schema = fs.readFileSync(SCHEMA_PATH, 'utf8');
    const result = await withSchemaEngine(sqliteTarget(scratchPath), async (engine) => {
      await engine.applyMigrations({ migrationsList: readMigrationList(), filters: NO_FILTERS });
      return engine.diff({
        from: { tag: 'schemaDatasource', files: [{ path: SCHEMA_PATH, content: schema }], configDir: PROJECT_ROOT },
        to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
        script: true,
        exitCode: false,
        filters: NO_FILTERS,
      });
    });
    const script = result.stdout ?? '';
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(script) ? '' : script;
  } finally {
    fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}

/** Writes the SQL of a new migration in prisma/migrations/<timestamp>_<name>/migration.sql; null if nothing changed. */
export async function createMigrationFromSchema(name: string, now = new Date()): Promise<string | null> {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!slug) throw new Error('Give the migration a name made of letters or digits, e.g. add_figure_notes.');
  const sql = await diffMigrationsToSchema();
  if (!sql) return null;
  const timestamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const directory = path.join(MIGRATIONS_DIR, `${timestamp}_${slug}`);
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, 'migration.sql'), sql);
  return directory;
}
