import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and until the page's scripts have taken over, true after: what only works
 * with JavaScript (a live duration, a combobox) renders then, and hydration never disagrees.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
