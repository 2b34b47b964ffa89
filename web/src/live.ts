import { useEffect, useState } from "react";
import { createLiveClient, serverHasSubscriptions } from "./client";

/**
 * The register's live events (subscription `registerChanged`, the front-end issue's contract). Kept as a plain
 * string, not a codegen document, until the schema of record has the subscription (codegen validates against it).
 */
const REGISTER_CHANGED = `subscription RegisterChanged {
  registerChanged { kind provinceCode platformSlug dataVersion recordedAt }
}`;

export type LiveState = { state: "connecting" | "live" | "unavailable"; updatedAt?: Date; version: number };

/**
 * Subscribes to `registerChanged` while the dashboard is open: each event bumps `version` (views re-query, keeping
 * their filters and scroll position) and sets `updatedAt` for the polite notice. Without subscriptions on the server
 * (or when the socket fails) the state is `unavailable`, quietly.
 */
export function useLive(token: string | undefined): LiveState {
  const [live, setLive] = useState<LiveState>({ state: "connecting", version: 0 });
  useEffect(() => {
    let disposed = false;
    let unsubscribe: (() => void) | undefined;
    let client: ReturnType<typeof createLiveClient> | undefined;
    void serverHasSubscriptions(token).then((has) => {
      if (disposed) return;
      if (!has) return setLive((l) => ({ ...l, state: "unavailable" }));
      client = createLiveClient(token);
      client.on("connected", () => setLive((l) => ({ ...l, state: "live" })));
      unsubscribe = client.subscribe(
        { query: REGISTER_CHANGED },
        {
          next: () => setLive((l) => ({ state: "live", version: l.version + 1, updatedAt: new Date() })),
          error: () => setLive((l) => ({ ...l, state: "unavailable" })),
          complete: () => undefined,
        },
      );
    });
    return () => {
      disposed = true;
      unsubscribe?.();
      void client?.dispose();
    };
  }, [token]);
  return live;
}
