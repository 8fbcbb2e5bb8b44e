import pg from "pg";

// One LISTEN connection per server process: the migration's triggers NOTIFY `live_versions` when
// a transaction that moved a live version commits. A lost connection is retried with backoff;
// meanwhile the version watch polls at its short interval, so nothing is missed, only later.
// Not for the embedded database: PGlite runs one backend for every socket, and a notification
// reaches only the connection that sent it (measured), so there the watch keeps polling.

export const LIVE_VERSIONS_CHANNEL = "live_versions";
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

export type VersionListenerOptions = {
  connectionString: string;
  /** `payload` is empty for the triggers' notifications. */
  onNotify: (payload?: string) => void;
  /** True once LISTEN holds (notifications will come), false when the connection is lost. */
  onListening: (listening: boolean) => void;
  onError?: (error: unknown) => void;
};

export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

export function listenForVersions({ connectionString, onNotify, onListening, onError = () => undefined }: VersionListenerOptions): { stop: () => Promise<void> } {
  let client: pg.Client | null = null;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;

  // A broken connection reports both "error" and "end": only the first one, of the current client, counts.
  const lost = (from: pg.Client, error: unknown) => {
    if (stopped || client !== from) return;
    if (failures === 0) onError(error);
    failures += 1;
    onListening(false);
    client = null;
    from.removeAllListeners("notification");
    void from.end().catch(() => undefined);
    retry = setTimeout(() => void connect(), retryDelay(failures));
    retry.unref();
  };

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = new pg.Client({ connectionString, keepAlive: true });
    client = next;
    next.on("error", (error) => lost(next, error));
    next.on("end", () => lost(next, new Error("the LISTEN connection closed")));
    next.on("notification", (message) => onNotify(message.payload));
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_VERSIONS_CHANNEL}`);
      failures = 0;
      onListening(true);
      // Whatever committed while no one listened is picked up by one read now.
      onNotify();
    } catch (error) {
      lost(next, error);
    }
  }

  void connect();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const open = client;
      client = null;
      open?.removeAllListeners();
      open?.on("error", () => undefined);
      await open?.end().catch(() => undefined);
    },
  };
}
