import { useEffect, useState } from "react";
import { createLiveClient } from "./client";

/** The register's live events (subscription `registerChanged`, README "Live updates"). */
const REGISTER_CHANGED = `subscription RegisterChanged {
  registerChanged { kind provinceCode platformSlug dataVersion recordedAt }
}`;

export type LiveState = { state: "connecting" | "live" | "unavailable"; updatedAt?: Date; version: number };

/**
 * Subscribes to `registerChanged` while the dashboard is open: each event bumps `version` (views re-query, keeping
 * their filters and scroll position) and sets `updatedAt` for the polite notice. When the socket fails the state is
 * `unavailable`, quietly.
 */
export function useLive(token: string | undefined, enabled: boolean): LiveState {
  const [live, setLive] = useState<LiveState>({ state: "connecting", version: 0 });
  useEffect(() => {
    if (!enabled) return;
    let disposed = false;
    // The service always offers subscriptions (same origin, path /graphql); a socket that fails (a proxy without
    // WebSocket support) leaves the state `unavailable`, quietly. Not `enabled` (a refused token): no socket.
    const client = createLiveClient(token);
    client.on("connected", () => !disposed && setLive((l) => ({ ...l, state: "live" })));
    const unsubscribe = client.subscribe(
      { query: REGISTER_CHANGED },
      {
        next: () => !disposed && setLive((l) => ({ state: "live", version: l.version + 1, updatedAt: new Date() })),
        error: () => !disposed && setLive((l) => ({ ...l, state: "unavailable" })),
        complete: () => undefined,
      },
    );
    return () => {
      disposed = true;
      unsubscribe();
      void client.dispose();
    };
  }, [token, enabled]);
  return live;
}
