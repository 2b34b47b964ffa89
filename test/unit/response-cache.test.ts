import type { DataSource } from "typeorm";
import { ANONYMOUS, type Viewer } from "../../src/auth/viewer";
import { DataVersionProbe } from "../../src/db/data-version";
import { responseCacheKey, visibilityKey } from "../../src/api/response-cache";
import { createContext, newRequestState } from "../../src/request/context";
import { Role } from "../../src/domain/enums";

const viewer = (role: Role | null, provinceId: number | null = null): Viewer => ({ client: null, role, provinceId });

describe("response cache key", () => {
  it("separates every visibility: anonymous, each province's editor, each reading role", () => {
    const viewers = [
      ANONYMOUS,
      viewer(Role.PROVINCE_EDITOR, 1),
      viewer(Role.PROVINCE_EDITOR, 2),
      viewer(Role.IPO_ANALYST),
      viewer(Role.ETHICS_COMMITTEE),
      viewer(Role.ADMIN),
    ];
    const keys = viewers.map((v) =>
      responseCacheKey({ viewer: v, today: "2026-01-01", query: "{ provinces { code } }" }),
    );
    expect(new Set(keys).size).toBe(viewers.length);
    expect(visibilityKey(viewer(null))).toBe(visibilityKey(ANONYMOUS));
  });

  it("uses the viewer the GraphQL context is built with", () => {
    const editor = viewer(Role.PROVINCE_EDITOR, 7);
    const ctx = createContext({} as DataSource, editor, newRequestState("r1"));
    expect(visibilityKey(ctx.viewer)).toBe(visibilityKey(editor));
    expect(visibilityKey(ctx.viewer)).not.toBe(
      visibilityKey(createContext({} as DataSource, ANONYMOUS, newRequestState("r2")).viewer),
    );
  });

  it("separates dates, operations and variables", () => {
    const base = {
      viewer: ANONYMOUS,
      today: "2026-01-01",
      query: "query($a: Date) { statusMatrix(asOf: $a) { asOf } }",
      variables: { a: "2025-01-01" },
    };
    const keys = [
      base,
      { ...base, today: "2026-01-02" },
      { ...base, variables: { a: "2025-01-02" } },
      { ...base, operationName: "X" },
      { ...base, query: `${base.query} ` },
    ].map(responseCacheKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("data version probe", () => {
  /** A data source whose version SELECTs are resolved by hand, to order them against the callers. */
  function fakeDataSource() {
    const pending: Array<(rows: Array<{ version: string; now: Date }>) => void> = [];
    const select = () => new Promise<Array<{ version: string; now: Date }>>((resolve) => pending.push(resolve));
    return { ds: {} as DataSource, select, pending };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  // The database clock read with the version: the request's instant (its default knownAt).
  const T5 = new Date("2026-11-29T10:00:00.005Z");
  const T6 = new Date("2026-11-29T10:00:00.006Z");

  it("shares one SELECT among callers that arrive before it starts", async () => {
    const { ds, select, pending } = fakeDataSource();
    const probe = new DataVersionProbe(ds, select);
    const reads = [probe.read(), probe.read(), probe.read()];
    await tick();
    expect(pending).toHaveLength(1);
    pending[0]([{ version: "5", now: T5 }]);
    expect(await Promise.all(reads)).toEqual([
      { version: "5", now: T5 },
      { version: "5", now: T5 },
      { version: "5", now: T5 },
    ]);
  });

  it("never answers a caller with a SELECT that started before it called", async () => {
    const { ds, select, pending } = fakeDataSource();
    const probe = new DataVersionProbe(ds, select);
    const early = probe.read();
    await tick();
    expect(pending).toHaveLength(1);
    const late = [probe.read(), probe.read()]; // arrive while the first SELECT runs (a write may commit meanwhile)
    pending[0]([{ version: "5", now: T5 }]);
    expect(await early).toEqual({ version: "5", now: T5 });
    await tick();
    expect(pending).toHaveLength(2); // one new SELECT for both late callers
    pending[1]([{ version: "6", now: T6 }]);
    expect(await Promise.all(late)).toEqual([
      { version: "6", now: T6 },
      { version: "6", now: T6 },
    ]);
  });
});
