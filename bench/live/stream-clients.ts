import { request, type ClientRequest } from "node:http";

// Simulated open tabs: each holds GET /api/live like LiveRefresh's EventSource and records when
// an event with a given id arrives. Plain node:http, one socket per tab, no browser.

export type StreamClient = {
  topic: string;
  /** Resolves with the arrival time (performance.now()) of the first event with this id. */
  eventWithId: (id: string) => Promise<number>;
  /**
   * The first event, already arrived or still to come, whose id (`version/statsVersion`, see
   * lib/live/live-hub.ts) passes `matches`, with its arrival time; null after `timeoutMs`.
   */
  firstEvent: (matches: (id: LiveEventId) => boolean, timeoutMs: number) => Promise<{ id: LiveEventId; at: number } | null>;
  /** The id of the last event that arrived, or null before the first. */
  latest: () => LiveEventId | null;
  close: () => void;
};

export type LiveEventId = { version: number; statsVersion: number };

export function parseLiveEventId(id: string): LiveEventId {
  const [version = "", statsVersion = ""] = id.split("/");
  return { version: Number(version), statsVersion: Number(statsVersion) };
}

export function openStreamClient(baseUrl: string, query: string, topic: string): Promise<StreamClient> {
  const arrivals = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  const watchers = new Set<(id: string, at: number) => void>();
  let buffered = "";
  let latest: string | null = null;
  let clientRequest: ClientRequest | null = null;
  return new Promise((resolve, reject) => {
    clientRequest = request(`${baseUrl}/api/live?${query}`, { agent: false, headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`GET /api/live?${query} answered HTTP ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffered += chunk;
        let end = buffered.indexOf("\n\n");
        while (end !== -1) {
          const frame = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const id = /^id: (.+)$/m.exec(frame)?.[1];
          if (id !== undefined) latest = id;
          if (id !== undefined && !arrivals.has(id)) {
            const at = performance.now();
            arrivals.set(id, at);
            waiting.get(id)?.(at);
            for (const watcher of watchers) watcher(id, at);
          }
          end = buffered.indexOf("\n\n");
        }
      });
      resolve({
        topic,
        eventWithId: (id) => {
          const seen = arrivals.get(id);
          if (seen !== undefined) return Promise.resolve(seen);
          return new Promise((done) => waiting.set(id, done));
        },
        firstEvent: (matches, timeoutMs) => {
          for (const [id, at] of arrivals) if (matches(parseLiveEventId(id))) return Promise.resolve({ id: parseLiveEventId(id), at });
          return new Promise((done) => {
            const watcher = (id: string, at: number) => {
              if (!matches(parseLiveEventId(id))) return;
              finish({ id: parseLiveEventId(id), at });
            };
            const timer = setTimeout(() => finish(null), timeoutMs);
            const finish = (result: { id: LiveEventId; at: number } | null) => {
              clearTimeout(timer);
              watchers.delete(watcher);
              done(result);
            };
            watchers.add(watcher);
          });
        },
        latest: () => (latest === null ? null : parseLiveEventId(latest)),
        close: () => clientRequest?.destroy(),
      });
    });
    clientRequest.on("error", reject);
    clientRequest.end();
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
export async function processCpuSeconds(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) start at ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticksPerSecond = 100;
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
