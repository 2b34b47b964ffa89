import { Arg, Resolver, Root, Subscription } from "type-graphql";
import { PlatformStatus } from "../../entities";
import type { Context } from "../../request/context";
import { RegisterChange } from "../../schema/subscription.types";
import { SubscriptionService, type ScopeArgs } from "../../services/subscription.service";

const PROVINCES = {
  nullable: true,
  description:
    "Only writes about these provinces (CBS code, slug or name); default all. Writes about no single province always count.",
} as const;
const PLATFORMS = {
  nullable: true,
  description: "Only writes about these platforms (slugs); default all. Writes about no single platform always count.",
} as const;

const LIVE =
  " Over WebSocket (graphql-ws protocol, `ws://…/graphql`); sent only after the write committed, on every instance of the service; " +
  "a draft's change only to those who may read the province's drafts.";

type Subscribe = { args: ScopeArgs; context: Context };

/** Live updates (GraphQL subscriptions); the events and their rules are in SubscriptionService. */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => RegisterChange, {
    description: "One event per committed write that touches the scope; re-query what you show." + LIVE,
    subscribe: ({ args, context }: Subscribe) => SubscriptionService.registerChanges(context, args),
  })
  registerChanged(
    @Root() change: RegisterChange,
    @Arg("provinces", () => [String], PROVINCES) _provinces?: string[] | null,
    @Arg("platforms", () => [String], PLATFORMS) _platforms?: string[] | null,
  ): RegisterChange {
    return change;
  }

  @Subscription(() => PlatformStatus, {
    description:
      "The new status snapshot of each presence in the scope whose status is recorded (recordPlatformStatus)." + LIVE,
    subscribe: ({ args, context }: Subscribe) => SubscriptionService.statusChanges(context, args),
  })
  statusChanged(
    @Root() status: PlatformStatus,
    @Arg("provinces", () => [String], PROVINCES) _provinces?: string[] | null,
    @Arg("platforms", () => [String], PLATFORMS) _platforms?: string[] | null,
  ): PlatformStatus {
    return status;
  }
}
