import { AggregateIndex } from "../../domain/stats/aggregate/aggregate-index";
import { AGGREGATE_FORMAT } from "../../domain/stats/aggregate/contribution";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { isTransaction, readAggregate } from "./guide-aggregates";

// Exchanges' aggregates kept in memory between refreshes, parsed (docs/decisions/016): a refresh
// reads only the rows that moved since this process last read them, so a write at the largest
// exchange costs its refresh a few rows instead of every key (181,000 at 1M reports).
//
// Every write stamps the rows it moves with its transaction id (`changedBy`). A read notes the
// oldest transaction still running when its snapshot was taken (`horizon`): every transaction that
// commits later has an id at least that high, so the next read asks for `changedBy >= horizon` and
// misses nothing. Rows carry absolute counts, so reading one twice is harmless. A rebuild stamps
// the aggregate's state (`builtBy`), and an aggregate of another build is read afresh.
// Not server-only, like the rest of the guides' storage: the job runner and scripts use it too.

type Client = PrismaClient | Prisma.TransactionClient;

type Kept = { builtBy: string; horizon: string; index: AggregateIndex };

// Keys kept per process, all exchanges together (about 120 bytes each): the largest exchange at
// 1M reports has 171,000. Least recently read goes first; an aggregate larger than this is read
// whole each time.
export const AGGREGATE_CACHE_KEYS = 400_000;

const kept = new Map<string, Kept>();

type Delta = { builtBy: string | null; format: number | null; horizon: string; writing: boolean; keys: string };

async function readDelta(client: Client, exchangeId: string, since: string | null): Promise<Delta | undefined> {
  // One statement, so that the state, the horizon and the rows come from one snapshot.
  const [row] = await client.$queryRaw<Delta[]>`
    SELECT s."builtBy"::text AS "builtBy", s."format", pg_snapshot_xmin(pg_current_snapshot())::text AS "horizon",
           pg_current_xact_id_if_assigned() IS NOT NULL AS "writing",
           (SELECT coalesce(json_agg(json_build_array(a."key", a."count", a."weight")), '[]')::text
              FROM "GuideAggregate" a
             WHERE a."exchangeId" = ${exchangeId} AND ${since === null ? Prisma.sql`a."count" > 0` : Prisma.sql`a."changedBy" >= ${since}::xid8`}) AS "keys"
    FROM (SELECT 1) AS one LEFT JOIN "GuideAggregateState" s ON s."exchangeId" = ${exchangeId}`;
  return row;
}

function remember(exchangeId: string, entry: Kept): void {
  kept.delete(exchangeId);
  if (entry.index.size > AGGREGATE_CACHE_KEYS) return;
  kept.set(exchangeId, entry);
  let total = 0;
  for (const other of kept.values()) total += other.index.size;
  for (const [id, other] of kept) {
    if (total <= AGGREGATE_CACHE_KEYS) break;
    kept.delete(id);
    total -= other.index.size;
  }
}

function indexOf(keys: string, into = new AggregateIndex()): AggregateIndex {
  for (const [key, count, weight] of JSON.parse(keys) as [string, number, number][]) into.set(key, { count, weight });
  return into;
}

/** An exchange's aggregate, parsed: built first when it is not, and from memory when this process read it before. */
export async function readAggregateIndex(client: Client, exchangeId: string): Promise<AggregateIndex> {
  const previous = kept.get(exchangeId);
  const delta = await readDelta(client, exchangeId, previous?.horizon ?? null);
  if (delta === undefined || delta.builtBy === null || delta.format !== AGGREGATE_FORMAT) {
    kept.delete(exchangeId);
    const rebuilt = AggregateIndex.of(await readAggregate(client, exchangeId));
    // Built by this read, outside any transaction: read once more, to keep it with its stamps.
    return isTransaction(client) ? rebuilt : readAggregateIndex(client, exchangeId);
  }
  // Read by a transaction that has written: what it sees may still roll back, so none of it is kept.
  if (delta.writing) return AggregateIndex.of(await readAggregate(client, exchangeId));
  if (previous !== undefined && previous.builtBy === delta.builtBy) {
    indexOf(delta.keys, previous.index);
    remember(exchangeId, { builtBy: delta.builtBy, horizon: delta.horizon, index: previous.index });
    return previous.index;
  }
  if (previous !== undefined) return readAfresh(client, exchangeId);
  const index = indexOf(delta.keys);
  remember(exchangeId, { builtBy: delta.builtBy, horizon: delta.horizon, index });
  return index;
}

// Kept from another build: its rows say nothing about what changed since, so all are read.
async function readAfresh(client: Client, exchangeId: string): Promise<AggregateIndex> {
  kept.delete(exchangeId);
  return readAggregateIndex(client, exchangeId);
}

/** Forgets what this process keeps (tests that rewrite aggregates behind the writes' back). */
export function forgetKeptAggregates(): void {
  kept.clear();
}
