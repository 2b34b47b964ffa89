import { PlatformStatus } from "../entities";
import { draftScope, type Viewer } from "../auth/viewer";
import { RegisterChangeKind } from "../domain/enums";
import { DomainError, ErrorCode } from "../errors/error-codes";
import type { RegisterEvent } from "../db/register-events";
import { afterWrite, type Context } from "../request/context";
import { RegisterChange } from "../schema/subscription.types";
import { resolvePlatforms, resolveProvinces } from "./scope.service";

/** Events a subscription may have waiting for its client; beyond this the subscription is ended (a slow consumer). */
export const MAX_PENDING_EVENTS = 256;

export interface ScopeArgs {
  provinces?: string[] | null;
  platforms?: string[] | null;
}

/**
 * The live views of the register (GraphQL subscriptions over graphql-ws): the committed writes, filtered by scope and
 * by what the subscriber may see, in the order this instance received them.
 */
export class SubscriptionService {
  /** `registerChanged`: one event per committed write that touches the scope. */
  static async registerChanges(ctx: Context, args: ScopeArgs): Promise<AsyncIterableIterator<RegisterChange>> {
    const inScope = await scopeFilter(ctx, args);
    return eventStream(ctx, inScope, async (event) =>
      Object.assign(new RegisterChange(), {
        kind: event.kind,
        provinceCode: event.provinceCode,
        platformSlug: event.platformSlug,
        dataVersion: event.dataVersion,
        recordedAt: new Date(event.recordedAt),
      }),
    );
  }

  /** `statusChanged`: the new status snapshot of every recorded status in the scope. */
  static async statusChanges(ctx: Context, args: ScopeArgs): Promise<AsyncIterableIterator<PlatformStatus>> {
    const inScope = await scopeFilter(ctx, args);
    return eventStream(
      ctx,
      (event) => event.kind === RegisterChangeKind.PLATFORM_STATUS && inScope(event),
      async (event) => {
        // A new instant of the register (it includes the write) and fresh loaders for this event's fields.
        await afterWrite(ctx);
        const status = await ctx.loaders.platformStatus.load(event.entityId);
        if (!(status instanceof PlatformStatus)) throw new DomainError(ErrorCode.NOT_FOUND, "The status is gone.");
        return status;
      },
    );
  }
}

/** Whether an event is in the subscription's scope; unknown keys are refused (BAD_USER_INPUT) when subscribing. */
async function scopeFilter(ctx: Context, args: ScopeArgs): Promise<(event: RegisterEvent) => boolean> {
  const provinces = args.provinces
    ? new Set((await resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces)).map((p) => p.code))
    : null;
  const platforms = args.platforms
    ? new Set((await resolvePlatforms(ctx.dataSource, ctx.loaders, args.platforms)).map((p) => p.slug))
    : null;
  // A write that concerns no single province (or platform) may change every one's answers: in every scope.
  return (event) =>
    (provinces === null || event.provinceCode === null || provinces.has(event.provinceCode)) &&
    (platforms === null || event.platformSlug === null || platforms.has(event.platformSlug));
}

/** A draft's event only for viewers who may read that province's drafts (docs/design.md §4). */
export function maySee(viewer: Viewer, event: RegisterEvent): boolean {
  if (!event.draft) return true;
  const scope = draftScope(viewer);
  return scope === "all" || (event.provinceId !== null && scope.includes(event.provinceId));
}

/**
 * The events for one subscriber as an async iterator: filtered (scope and visibility), mapped one at a time in order,
 * at most MAX_PENDING_EVENTS waiting (more: the subscription ends, the client re-subscribes and re-queries). Returning
 * (the client completes, the socket closes) unsubscribes.
 */
function eventStream<T>(
  ctx: Context,
  accept: (event: RegisterEvent) => boolean,
  map: (event: RegisterEvent) => Promise<T>,
): AsyncIterableIterator<T> {
  const events = ctx.registerEvents;
  if (!events) throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, "Live updates are not available.");
  const pending: RegisterEvent[] = [];
  let waiting: ((result: IteratorResult<RegisterEvent>) => void) | null = null;
  let done = false;
  const finish = () => {
    done = true;
    unsubscribe();
    pending.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = null;
  };
  const unsubscribe = events.subscribe((event) => {
    if (done || !accept(event) || !maySee(ctx.viewer, event)) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: event, done: false });
    } else if (pending.length >= MAX_PENDING_EVENTS) finish();
    else pending.push(event);
  });
  const nextEvent = (): Promise<IteratorResult<RegisterEvent>> => {
    if (pending.length > 0) return Promise.resolve({ value: pending.shift() as RegisterEvent, done: false });
    if (done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (waiting = resolve));
  };
  return {
    async next() {
      const result = await nextEvent();
      if (result.done) return { value: undefined, done: true };
      return { value: await map(result.value), done: false };
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
