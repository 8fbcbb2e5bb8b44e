"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { LIVE_FALLBACK_POLL_MS, LIVE_STREAM_FAILURES_BEFORE_POLLING, liveStreamRetryDelay } from "@/lib/domain/live-updates";

// The page is out of date when the data moved (a write) or, where the page shows stored
// statistics, when a recomputation of them landed after it was rendered.
function liveKey(version: string, statsVersion: string | undefined): string {
  return statsVersion === undefined ? version : `${version}/${statsVersion}`;
}

function parseLive(data: unknown, tracksStats: boolean): string | null {
  return typeof data === "object" && data !== null && "version" in data
    ? liveKey(String(data.version), tracksStats && "statsVersion" in data ? String(data.statsVersion) : undefined)
    : null;
}

/**
 * Keeps a guide or the comparison live: while the tab is visible, holds one event stream
 * (GET /api/live, docs/decisions/015-pushed-live-updates.md) that says when the version of the
 * data the page shows moved, and re-renders the page on the server then. A stream that keeps
 * failing is reopened with backoff, and meanwhile the page asks GET /api/guides/version every
 * LIVE_FALLBACK_POLL_MS. No new re-render while one is under way: on a busy server a second
 * router.refresh() would abort the first. A hidden tab holds nothing open. `query` names what to
 * watch ("slug=kraken" or "scope=comparison"); `version` is the one the page was rendered with.
 */
export function LiveRefresh({ query, version, statsVersion }: { query: string; version: string; statsVersion?: string }) {
  const router = useRouter();
  const known = useRef(liveKey(version, statsVersion));
  const tracksStats = statsVersion !== undefined;
  const [refreshing, startRefresh] = useTransition();
  const refreshingNow = useRef(false);
  const missed = useRef(false);

  useEffect(() => {
    refreshingNow.current = refreshing;
    // A change that came during the re-render is rendered now.
    if (!refreshing && missed.current) {
      missed.current = false;
      startRefresh(() => router.refresh());
    }
  }, [refreshing, router]);

  useEffect(() => {
    known.current = liveKey(version, statsVersion);
  }, [version, statsVersion]);

  useEffect(() => {
    let stopped = false;
    let stream: EventSource | null = null;
    let failures = 0;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let poller: ReturnType<typeof setInterval> | undefined;

    function seen(latest: string | null) {
      if (latest === null || latest === known.current) return;
      known.current = latest;
      if (refreshingNow.current) missed.current = true;
      else startRefresh(() => router.refresh());
    }

    async function pollOnce() {
      try {
        const response = await fetch(`/api/guides/version?${query}`, { cache: "no-store" });
        if (response.ok) seen(parseLive(await response.json(), tracksStats));
      } catch {
        // Offline: the next tick tries again; the page stays as it is.
      }
    }

    function open() {
      if (stopped || document.visibilityState !== "visible") return;
      stream = new EventSource(`/api/live?${query}&last=${encodeURIComponent(known.current)}`);
      stream.onopen = () => {
        failures = 0;
        clearInterval(poller);
        poller = undefined;
      };
      stream.onmessage = (event: MessageEvent<string>) => {
        try {
          seen(parseLive(JSON.parse(event.data), tracksStats));
        } catch {
          // Not ours (a proxy's page): ignore it.
        }
      };
      stream.onerror = () => {
        failures += 1;
        // EventSource reconnects by itself after a dropped connection (sending Last-Event-ID);
        // after a refusal, or too many drops, it is closed and opened again later, polling meanwhile.
        if (stream?.readyState !== EventSource.CLOSED && failures < LIVE_STREAM_FAILURES_BEFORE_POLLING) return;
        close();
        startPolling();
        reopen = setTimeout(open, liveStreamRetryDelay(failures));
      };
    }

    function startPolling() {
      if (poller !== undefined) return;
      void pollOnce();
      poller = setInterval(() => void pollOnce(), LIVE_FALLBACK_POLL_MS);
    }

    function close() {
      stream?.close();
      stream = null;
      clearTimeout(reopen);
    }

    function onVisibilityChange() {
      if (document.visibilityState === "visible") {
        if (!stream) open();
      } else {
        close();
        clearInterval(poller);
        poller = undefined;
      }
    }

    document.addEventListener("visibilitychange", onVisibilityChange);
    open();
    return () => {
      stopped = true;
      close();
      clearInterval(poller);
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [query, router, tracksStats]);

  return null;
}
