"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { LIVE_POLL_INTERVAL_MS } from "@/lib/domain/live-updates";


// The page is out of date when the data moved (a write) or, where the page shows stored
// statistics, when a recomputation of them landed after it was rendered.
function liveKey(version: string, statsVersion: string | undefined): string {
  return statsVersion === undefined ? version : `${version}/${statsVersion}`;
}

/**
 * Keeps a guide or the comparison live: while the tab is visible, asks every LIVE_POLL_INTERVAL_MS (250 ms) for the
 * version of the data the page shows and re-renders the page on the server when it changed.
 * One request at a time, and no new re-render while one is under way: on a busy server a second
 * router.refresh() would abort the first, and a write followed by its statistics could then keep
 * a slow page from ever showing either. A hidden tab asks nothing. `query` names what to watch
 * ("slug=kraken" or "scope=comparison"); `version` is the one the page was rendered with.
 */
export function LiveRefresh({ query, version, statsVersion }: { query: string; version: string; statsVersion?: string }) {
  const router = useRouter();
  const known = useRef(liveKey(version, statsVersion));
  const tracksStats = statsVersion !== undefined;
  const [refreshing, startRefresh] = useTransition();
  const refreshingNow = useRef(false);

  useEffect(() => {
    refreshingNow.current = refreshing;
  }, [refreshing]);

  useEffect(() => {
    known.current = liveKey(version, statsVersion);
  }, [version, statsVersion]);

  useEffect(() => {
    let stopped = false;
    let inFlight: AbortController | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function poll() {
      if (stopped || document.visibilityState !== "visible") return;
      inFlight = new AbortController();
      try {
        const response = await fetch(`/api/guides/version?${query}`, { cache: "no-store", signal: inFlight.signal });
        if (response.ok) {
          const body: unknown = await response.json();
          const latest =
            typeof body === "object" && body !== null && "version" in body
              ? liveKey(String(body.version), tracksStats && "statsVersion" in body ? String(body.statsVersion) : undefined)
              : null;
          // While a re-render is under way the change stays unknown, so the next tick asks again.
          if (latest !== null && latest !== known.current && !refreshingNow.current) {
            known.current = latest;
            startRefresh(() => router.refresh());
          }
        }
      } catch {
        // Offline or aborted: the next tick tries again; the page stays as it is.
      } finally {
        inFlight = null;
      }
      schedule();
    }

    function schedule() {
      clearTimeout(timer);
      if (!stopped && document.visibilityState === "visible") timer = setTimeout(poll, LIVE_POLL_INTERVAL_MS);
    }

    function onVisibilityChange() {
      if (document.visibilityState === "visible") {
        if (!inFlight) void poll();
      } else {
        clearTimeout(timer);
      }
    }

    document.addEventListener("visibilitychange", onVisibilityChange);
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
      inFlight?.abort();
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [query, router, tracksStats]);

  return null;
}
