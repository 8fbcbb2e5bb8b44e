"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ViewerReportState } from "@/lib/data/reports/find-viewer-report-states";
import { usePathname } from "@/lib/i18n/navigation";

// The parts of a page that differ per reader come from GET /api/viewer after the page loads, so
// the page itself can be one copy for every reader (ADR 017): anonymous and signed-in readers get
// the same cached guide, and this island fills in the account corner, the reader's votes, author
// links and flag forms.

export type Viewer =
  | { signedIn: false }
  | { signedIn: true; name: string | null; moderator: boolean; canEditOfficial: boolean; reports: Record<string, ViewerReportState> };

type ViewerContextValue = {
  /** null until the answer came (or when it failed: the page then stays as anonymous readers see it). */
  viewer: Viewer | null;
  registerReport: (reportId: string) => void;
};

const ViewerContext = createContext<ViewerContextValue>({ viewer: null, registerReport: () => undefined });

/**
 * `renderToken` changes with every server render of the layout: a refresh after a server action
 * (a new display name, a sign-out) or a live update asks again, a client navigation by its path.
 */
export function ViewerProvider({ renderToken, children }: { renderToken: string; children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const reportIds = useRef(new Set<string>());
  // Bumped when a report appears after the first answer (a live refresh brought a new one).
  const [registered, setRegistered] = useState(0);
  const fetched = useRef<string | null>(null);
  const pathname = usePathname();

  const registerReport = useCallback((reportId: string) => {
    if (reportIds.current.has(reportId)) return;
    reportIds.current.add(reportId);
    setRegistered((count) => count + 1);
  }, []);

  // Children's effects run before this one, so the first request already names every report.
  // A re-render that asks the same (a report registering again) keeps the request in flight; a
  // newer question cancels the older one, whose answer would be stale.
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => {
    const ids = [...reportIds.current].sort().join(",");
    const key = `${renderToken} ${pathname} ${ids}`;
    if (fetched.current === key) return;
    fetched.current = key;
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    fetch(ids ? `/api/viewer?reports=${ids}` : "/api/viewer", { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : null))
      .then((answer) => {
        if (answer && !controller.signal.aborted) setViewer(answer);
      })
      .catch(() => undefined);
  }, [renderToken, pathname, registered]);
  useEffect(() => () => inFlight.current?.abort(), []);

  const value = useMemo(() => ({ viewer, registerReport }), [viewer, registerReport]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer | null {
  return useContext(ViewerContext).viewer;
}

/** This reader's state on one report, once known; registers the report for the next request. */
export function useViewerReport(reportId: string): { state: ViewerReportState | undefined; signedIn: boolean } {
  const { viewer, registerReport } = useContext(ViewerContext);
  useEffect(() => registerReport(reportId), [registerReport, reportId]);
  return { state: viewer?.signedIn ? viewer.reports[reportId] : undefined, signedIn: viewer?.signedIn === true };
}
