"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ViewerReportState } from "@/lib/data/reports/find-viewer-report-states";
import type { VoteValue } from "@/lib/validation/vote";
import { usePathname } from "@/lib/i18n/navigation";

// The parts of a page that differ per reader come from GET /api/viewer after the page loads, so
// the page itself can be one copy for every reader (ADR 016): anonymous and signed-in readers get
// the same cached guide, and this island fills in the account corner, the reader's votes, author
// links and flag forms.

export type Viewer =
  | { signedIn: false }
  | { signedIn: true; name: string | null; moderator: boolean; canEditOfficial: boolean; reports: Record<string, ViewerReportState> };

type ViewerContextValue = {
  /** null until the answer came (or when it failed: the page then stays as anonymous readers see it). */
  viewer: Viewer | null;
  registerReport: (reportId: string) => void;
  recordVote: (reportId: string, mine: VoteValue | null) => void;
};

const ViewerContext = createContext<ViewerContextValue>({ viewer: null, registerReport: () => undefined, recordVote: () => undefined });

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
  useEffect(() => {
    const ids = [...reportIds.current].sort().join(",");
    const key = `${renderToken} ${pathname} ${ids}`;
    if (fetched.current === key) return;
    fetched.current = key;
    const controller = new AbortController();
    fetch(ids ? `/api/viewer?reports=${ids}` : "/api/viewer", { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : null))
      .then((answer) => {
        if (answer) setViewer(answer);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [renderToken, pathname, registered]);

  const recordVote = useCallback((reportId: string, mine: VoteValue | null) => {
    setViewer((current) => {
      const state = current?.signedIn ? current.reports[reportId] : undefined;
      if (!current?.signedIn || !state?.vote || state.vote.mine === mine) return current;
      return { ...current, reports: { ...current.reports, [reportId]: { ...state, vote: { mine } } } };
    });
  }, []);

  const value = useMemo(() => ({ viewer, registerReport, recordVote }), [viewer, registerReport, recordVote]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer | null {
  return useContext(ViewerContext).viewer;
}

/** This reader's state on one report, once known; registers the report for the next request. */
export function useViewerReport(reportId: string): { state: ViewerReportState | undefined; signedIn: boolean; recordVote: (mine: VoteValue | null) => void } {
  const { viewer, registerReport, recordVote } = useContext(ViewerContext);
  useEffect(() => registerReport(reportId), [registerReport, reportId]);
  const recordOwnVote = useCallback((mine: VoteValue | null) => recordVote(reportId, mine), [recordVote, reportId]);
  return { state: viewer?.signedIn ? viewer.reports[reportId] : undefined, signedIn: viewer?.signedIn === true, recordVote: recordOwnVote };
}
