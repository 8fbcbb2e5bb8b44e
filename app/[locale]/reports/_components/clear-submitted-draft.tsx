"use client";

import { useEffect } from "react";
import { removeSubmittedDraft } from "./draft-store";

/** On the page a submission redirects to: the draft it sent is no longer needed. */
export function ClearSubmittedDraft() {
  useEffect(() => {
    removeSubmittedDraft();
  }, []);
  return null;
}
