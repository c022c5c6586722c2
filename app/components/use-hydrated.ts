import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. Controls whose changes only take effect through
 * React stay disabled until then, so nothing typed or picked before hydration is silently dropped.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
