"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { LIVE_POLL_INTERVAL_MS } from "@/lib/domain/live-updates";


/**
 * Keeps a guide or the comparison live: while the tab is visible, asks every LIVE_POLL_INTERVAL_MS (250 ms) for the
 * version of the data the page shows and re-renders the page on the server when it changed.
 * One request at a time; a hidden tab asks nothing. `query` names what to watch
 * ("slug=kraken" or "scope=comparison"); `version` is the one the page was rendered with.
 */
export function LiveRefresh({ query, version }: { query: string; version: string }) {
  const router = useRouter();
  const known = useRef(version);

  useEffect(() => {
    known.current = version;
  }, [version]);

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
          const latest = typeof body === "object" && body !== null && "version" in body ? String(body.version) : null;
          if (latest !== null && latest !== known.current) {
            known.current = latest;
            router.refresh();
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
  }, [query, router]);

  return null;
}
