"use client";

import type { ReactNode } from "react";
import { useViewer } from "./viewer-context";

/** Shows its children only to a signed-in reader who may edit the official procedures (moderators), as GET /api/viewer says. */
export function OfficialEditorsOnly({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  return viewer?.signedIn && viewer.canEditOfficial ? children : null;
}
