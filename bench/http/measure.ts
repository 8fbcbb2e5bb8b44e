import autocannon from "autocannon";

// Throughput and latency of one URL under a fixed number of connections, measured by autocannon
// after a warm-up. A page too slow for a load test (a single request over `slowMs`) is reported
// with its single-request time instead of being hammered: the measurement stays bounded in time
// and cannot take the server down.

export type HttpTarget = {
  key: string;
  label: string;
  path: string;
  /** Why this target stands in for what the target names (e.g. no prerendered page exists). */
  note?: string;
  /** Request headers, for every request of the measurement. */
  headers?: Record<string, string>;
};

/** unavailable: the page answers 404 (not built yet); failed: an error or another status. */
export type HttpOutcome = "measured" | "too-slow" | "unavailable" | "failed";

export type HttpResult = {
  key: string;
  label: string;
  path: string;
  note: string | null;
  outcome: HttpOutcome;
  /** The second of two sequential requests (the first may fill caches). */
  single: { status: number; ms: number; bytes: number } | null;
  requestsPerSecond: number | null;
  p50: number | null;
  p99: number | null;
  max: number | null;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type LoadSettings = { connections: number; warmupSeconds: number; durationSeconds: number; slowMs: number };

async function timedGet(url: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", headers, signal: AbortSignal.timeout(timeoutMs) });
  const body = await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, bytes: body.byteLength };
}

function emptyResult(target: HttpTarget, outcome: HttpOutcome, note: string | null, single: HttpResult["single"]): HttpResult {
  return {
    key: target.key,
    label: target.label,
    path: target.path,
    note,
    outcome,
    single,
    requestsPerSecond: null,
    p50: single?.status === 200 ? single.ms : null,
    p99: single?.status === 200 ? single.ms : null,
    max: single?.status === 200 ? single.ms : null,
    requests: single ? 1 : 0,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
  };
}

export async function measureTarget(baseUrl: string, target: HttpTarget, settings: LoadSettings): Promise<HttpResult> {
  const url = `${baseUrl}${target.path}`;
  const preflightTimeout = Math.max(settings.slowMs * 4, 60_000);
  let single: HttpResult["single"];
  try {
    const first = await timedGet(url, preflightTimeout, target.headers);
    // A first answer far over the limit says enough; a second request would only cost minutes.
    single = first.status === 200 && first.ms > settings.slowMs * 2 ? first : await timedGet(url, preflightTimeout, target.headers);
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    const reason = timedOut ? `no answer within ${preflightTimeout / 1000} s` : `request failed: ${error instanceof Error ? error.message : String(error)}`;
    return emptyResult(target, timedOut ? "too-slow" : "failed", [target.note, reason].filter(Boolean).join("; "), null);
  }
  if (single.status === 404) {
    return emptyResult(target, "unavailable", [target.note, "answers HTTP 404 (not built yet?)"].filter(Boolean).join("; "), single);
  }
  if (single.status !== 200) {
    return emptyResult(target, "failed", [target.note, `answers HTTP ${single.status}`].filter(Boolean).join("; "), single);
  }
  if (single.ms > settings.slowMs) {
    const note = `one request takes ${(single.ms / 1000).toFixed(1)} s (${(single.bytes / 1e6).toFixed(1)} MB): too slow to load-test`;
    return emptyResult(target, "too-slow", [target.note, note].filter(Boolean).join("; "), single);
  }

  const common = { url, headers: target.headers, connections: settings.connections, timeout: Math.ceil(preflightTimeout / 1000) };
  if (settings.warmupSeconds > 0) await autocannon({ ...common, duration: settings.warmupSeconds });
  const result = await autocannon({ ...common, duration: settings.durationSeconds });
  if (result.requests.total < settings.connections) {
    // Fewer answers than connections: under load a request takes longer than the whole run.
    const note = `under ${settings.connections} connections only ${result.requests.total} requests completed in ${settings.durationSeconds} s (one alone: ${(single.ms / 1000).toFixed(1)} s, ${(single.bytes / 1e6).toFixed(1)} MB)`;
    return emptyResult(target, "too-slow", [target.note, note].filter(Boolean).join("; "), single);
  }
  return {
    key: target.key,
    label: target.label,
    path: target.path,
    // Bytes on the wire per answer (headers included), as autocannon counted them.
    note: [target.note, `${Math.round(result.throughput.total / Math.max(1, result.requests.total) / 1024)} KB per answer`].filter(Boolean).join("; "),
    outcome: "measured",
    single,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
