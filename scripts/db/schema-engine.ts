// Drives Prisma's schema engine (WebAssembly build) through @prisma/adapter-pg, so migration SQL can
// be produced without the native engine the Prisma CLI downloads (docs/decisions/002).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import * as schemaEngineRuntime from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export interface DiffDatabaseToSchemaOptions {
  /** The database whose current structure is the starting point. It is only read. */
  connectionString: string;
  schemaPath: string;
}

/** SQL that would bring the database to the schema; empty or comments only when they agree. */
export async function diffDatabaseToSchema({ connectionString, schemaPath }: DiffDatabaseToSchemaOptions): Promise<string> {
  const schemaFiles = [await readSchemaFile(schemaPath)];
  return withSchemaEngine({ connectionString, schemaFiles }, (engine) =>
    runDiff(engine, {
      // In Prisma 7 the datasource has no URL: "the schema's datasource" is the database the
      // adapter connects to. (The engine refuses `{ tag: "url" }` since Prisma 7.)
      from: { tag: "schemaDatasource", files: schemaFiles, configDir: dirname(resolve(schemaPath)) },
      to: { tag: "schemaDatamodel", files: schemaFiles },
    }),
  );
}

/** True when a script from the engine contains nothing but comments and whitespace. */
export function isEmptyMigrationScript(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

export class SchemaEngineError extends Error {
  override name = "SchemaEngineError";
}

interface SchemaFile {
  path: string;
  content: string;
}

async function readSchemaFile(schemaPath: string): Promise<SchemaFile> {
  const absolutePath = resolve(schemaPath);
  return { path: absolutePath, content: await readFile(absolutePath, "utf8") };
}

const NO_EXTERNAL_OBJECTS: SchemaFilter = { externalTables: [], externalEnums: [] };

async function runDiff(engine: SchemaEngine, { from, to }: { from: DiffTarget; to: DiffTarget }): Promise<string> {
  const result = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_EXTERNAL_OBJECTS });
  return result.stdout ?? "";
}

async function withSchemaEngine<T>(
  { connectionString, schemaFiles }: { connectionString: string; schemaFiles: SchemaFile[] },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngineClass();
  const pool = createPool(connectionString);
  const errorRegistry: unknown[] = [];
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngineClass.new(
      { datamodels: schemaFiles.map((file): [string, string] => [file.path, file.content]) },
      forwardEngineLog,
      bindAdapterFactory(new PrismaPg(pool), errorRegistry),
    );
    return await run(engine);
  } catch (error) {
    throw toSchemaEngineError(error, errorRegistry);
  } finally {
    engine?.free();
    await pool.end();
  }
}

function forwardEngineLog(message: string): void {
  if (process.env.DEBUG_SCHEMA_ENGINE) {
    process.stderr.write(`[schema-engine] ${message}\n`);
  }
}

// Postgres' one-byte "char" type (OID 18) appears in catalog columns the engine reads to describe a
// database (pg_constraint.contype, ...). @prisma/adapter-pg 7.10.1 has no column type for it (older
// versions mapped it to Character) and fails the whole description with "Column type 'char' could
// not be deserialized". So pg is told these columns are text, which the adapter accepts, and their
// names carry a marker that the bound queryRaw below turns back into the Character type the engine
// insists on. NUL cannot occur in a Postgres identifier, so the marker cannot clash with a real name.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_COLUMN_MARKER = "\u0000pg-char";

function createPool(connectionString: string): pg.Pool {
  // The engine runs one statement at a time; a small cap keeps PGlite's connection limit safe.
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("error", () => {
    // An idle client lost its connection; the next query reports it. Without a listener the
    // process would crash (prisma/prisma#27641).
  });
  pool.on("connect", (client) => {
    client.connection.prependListener("rowDescription", markCharColumnsAsText);
  });
  return pool;
}

function markCharColumnsAsText(message: unknown): void {
  if (!isRecord(message) || !Array.isArray(message.fields)) return;
  for (const field of message.fields) {
    if (isRecord(field) && field.dataTypeID === PG_CHAR_OID && typeof field.name === "string") {
      field.dataTypeID = PG_TEXT_OID;
      field.name = `${field.name}${CHAR_COLUMN_MARKER}`;
    }
  }
}

type PgResultSet = Awaited<ReturnType<PgAdapter["queryRaw"]>>;
type ColumnType = PgResultSet["columnTypes"][number];
const CHARACTER_COLUMN_TYPE: ColumnType = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

function restoreCharColumns(resultSet: PgResultSet): PgResultSet {
  const columnTypes = [...resultSet.columnTypes];
  const columnNames = resultSet.columnNames.map((name, index) => {
    if (!name.endsWith(CHAR_COLUMN_MARKER)) return name;
    columnTypes[index] = CHARACTER_COLUMN_TYPE;
    return name.slice(0, -CHAR_COLUMN_MARKER.length);
  });
  return { ...resultSet, columnNames, columnTypes };
}

// --- The adapter shape the engine expects -------------------------------------------------------
// The engine reads the adapter's functions off the object and calls them without `this`, and wants
// every result as `{ ok: true, value }` or `{ ok: false, error }` instead of a thrown exception.
// This mirrors bindMigrationAwareSqlAdapterFactory from @prisma/driver-adapter-utils (used by the
// Prisma CLI when it drove this engine), which is not a dependency of this project.

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgTransaction = Awaited<ReturnType<PgAdapter["startTransaction"]>>;

type EngineResult<T> = { ok: true; value: T } | { ok: false; error: object };

function bindAdapterFactory(factory: PrismaPg, errorRegistry: unknown[]) {
  const capture = createCapture(errorRegistry);
  // No connectToShadowDb: this engine build will not use one for PostgreSQL (createMigration fails
  // with "shadow DB must be provided through an external factory" even when it is offered), so the
  // migrations are replayed into a throwaway database instead (shadow-database.ts).
  return {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => mapResult(await capture(() => factory.connect()), (adapter) => bindAdapter(adapter, capture)),
  };
}

function bindAdapter(adapter: PgAdapter, capture: Capture) {
  return {
    adapterName: adapter.adapterName,
    provider: adapter.provider,
    queryRaw: (query: Parameters<PgAdapter["queryRaw"]>[0]) =>
      capture(async () => restoreCharColumns(await adapter.queryRaw(query))),
    executeRaw: (query: Parameters<PgAdapter["executeRaw"]>[0]) => capture(() => adapter.executeRaw(query)),
    executeScript: (script: string) => capture(() => adapter.executeScript(script)),
    dispose: () => capture(() => adapter.dispose()),
    getConnectionInfo: () => captureSync(() => adapter.getConnectionInfo(), capture),
    startTransaction: async (isolationLevel?: Parameters<PgAdapter["startTransaction"]>[0]) =>
      mapResult(await capture(() => adapter.startTransaction(isolationLevel)), (transaction) =>
        bindTransaction(transaction, capture),
      ),
  };
}

function bindTransaction(transaction: PgTransaction, capture: Capture) {
  return {
    adapterName: transaction.adapterName,
    provider: transaction.provider,
    options: transaction.options,
    queryRaw: (query: Parameters<PgTransaction["queryRaw"]>[0]) =>
      capture(async () => restoreCharColumns(await transaction.queryRaw(query))),
    executeRaw: (query: Parameters<PgTransaction["executeRaw"]>[0]) => capture(() => transaction.executeRaw(query)),
    commit: () => capture(() => transaction.commit()),
    rollback: () => capture(() => transaction.rollback()),
    createSavepoint: (name: string) => capture(async () => transaction.createSavepoint?.(name)),
    rollbackToSavepoint: (name: string) => capture(async () => transaction.rollbackToSavepoint?.(name)),
    releaseSavepoint: (name: string) => capture(async () => transaction.releaseSavepoint?.(name)),
  };
}

type Capture = (<T>(operation: () => Promise<T>) => Promise<EngineResult<T>>) & { toFailure(error: unknown): EngineResult<never> };

function createCapture(errorRegistry: unknown[]): Capture {
  const toFailure = (error: unknown): EngineResult<never> => {
    // Adapter errors carry a payload the engine understands (Postgres code, message, ...); any
    // other error is kept here and handed to the engine by index, as Prisma's binder does.
    if (error instanceof Error && error.name === "DriverAdapterError" && isRecord(error.cause)) {
      return { ok: false, error: error.cause };
    }
    errorRegistry.push(error);
    return { ok: false, error: { kind: "GenericJs", id: errorRegistry.length - 1 } };
  };
  const capture = async <T>(operation: () => Promise<T>): Promise<EngineResult<T>> => {
    try {
      return { ok: true, value: await operation() };
    } catch (error) {
      return toFailure(error);
    }
  };
  return Object.assign(capture, { toFailure });
}

function captureSync<T>(operation: () => T, capture: Capture): EngineResult<T> {
  try {
    return { ok: true, value: operation() };
  } catch (error) {
    return capture.toFailure(error);
  }
}

function mapResult<T, U>(result: EngineResult<T>, map: (value: T) => U): EngineResult<U> {
  return result.ok ? { ok: true, value: map(result.value) } : result;
}

// --- Loading the WebAssembly module -------------------------------------------------------------

type SchemaEngineClass = typeof schemaEngineRuntime.SchemaEngine;
let schemaEngineClass: Promise<SchemaEngineClass> | undefined;

// wasm-bindgen keeps the instance in module state, and instantiating twice breaks it, so the module
// is loaded once per process.
function loadSchemaEngineClass(): Promise<SchemaEngineClass> {
  schemaEngineClass ??= instantiateSchemaEngine();
  return schemaEngineClass;
}

async function instantiateSchemaEngine(): Promise<SchemaEngineClass> {
  installPanicRegistry();
  // The package is built for bundlers (`import * as wasm from "./schema_engine_bg.wasm"`), which
  // Node cannot import, so the glue code is wired to the module by hand as Prisma's CLI does.
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = await WebAssembly.compile(await readFile(join(dirname(gluePath), "schema_engine_bg.wasm")));
  const glueFunctions = Object.fromEntries(
    Object.entries<unknown>(schemaEngineRuntime).filter(
      (entry): entry is [string, (...args: never[]) => unknown] => typeof entry[1] === "function",
    ),
  );
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": glueFunctions });
  schemaEngineRuntime.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") {
    throw new SchemaEngineError("@prisma/schema-engine-wasm exports no __wbindgen_start: unexpected build");
  }
  start();
  return schemaEngineRuntime.SchemaEngine;
}

interface PanicRegistry {
  message: string;
  set_message(message: string): void;
}

// The engine reports a Rust panic by calling globalThis.PRISMA_WASM_PANIC_REGISTRY.set_message and
// then trapping. A trap inside one of its async tasks surfaces as an uncaught "RuntimeError:
// unreachable" that no caller can catch, so the message goes to stderr the moment it is known.
function installPanicRegistry(): void {
  if (!("PRISMA_WASM_PANIC_REGISTRY" in globalThis)) {
    const registry: PanicRegistry = {
      message: "",
      set_message(message) {
        this.message = message;
        process.stderr.write(`[schema-engine] panic: ${message}\n`);
      },
    };
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: registry });
  }
}

function readPanicMessage(): string | undefined {
  const registry: unknown = Reflect.get(globalThis, "PRISMA_WASM_PANIC_REGISTRY");
  if (isRecord(registry) && typeof registry.message === "string" && registry.message !== "") {
    return registry.message;
  }
  return undefined;
}

function toSchemaEngineError(error: unknown, errorRegistry: unknown[]): Error {
  // An error thrown inside the adapter (e.g. connection refused) is the real cause; the engine only
  // saw its index.
  const adapterError = errorRegistry.find((registered) => registered instanceof Error);
  if (adapterError instanceof Error) {
    return new SchemaEngineError(`Schema engine: ${adapterError.message}`, { cause: adapterError });
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return new SchemaEngineError(`Schema engine panicked: ${readPanicMessage() ?? error.message}`, { cause: error });
  }
  if (error instanceof Error) {
    return new SchemaEngineError(`Schema engine: ${error.message}`, { cause: error });
  }
  return new SchemaEngineError(`Schema engine failed: ${String(error)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
