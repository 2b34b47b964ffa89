import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { entities } from "../entities";
import { DateTimeScalar } from "../domain/scalars";
import { AuthResolver } from "./resolvers/auth.resolver";
import { ComparisonResolver } from "./resolvers/comparison.resolver";
import { RecordWriteResolver } from "./resolvers/record-write.resolver";
import { RecordsResolver } from "./resolvers/records.resolver";
import { ReferenceWriteResolver } from "./resolvers/reference-write.resolver";
import { ReferenceResolver } from "./resolvers/reference.resolver";
import { sourceFieldResolvers } from "./resolvers/source-field.resolver";
import { SubscriptionResolver } from "./resolvers/subscription.resolver";
import { ApiClientResolver } from "./resolvers/entity/api-client.resolver";
import { AssessmentResolver } from "./resolvers/entity/assessment.resolver";
import { DevelopmentResolver } from "./resolvers/entity/development.resolver";
import {
  ExitCriterionResolver,
  ExitCriterionRetirementResolver,
  ExitCriterionReviewResolver,
} from "./resolvers/entity/exit-criterion.resolver";
import { CriterionWriteResolver } from "./resolvers/criterion-write.resolver";
import { InterprovincialWriteResolver } from "./resolvers/interprovincial-write.resolver";
import { FrameworkPositionResolver } from "./resolvers/entity/framework-position.resolver";
import { FrameworkResolver } from "./resolvers/entity/framework.resolver";
import { PlatformFindingResolver } from "./resolvers/entity/platform-finding.resolver";
import { PlatformStatusResolver } from "./resolvers/entity/platform-status.resolver";
import { PlatformResolver } from "./resolvers/entity/platform.resolver";
import { PresenceResolver } from "./resolvers/entity/presence.resolver";
import { ProvinceResolver } from "./resolvers/entity/province.resolver";
import { ValueRatingResolver } from "./resolvers/entity/value-rating.resolver";

/**
 * Every resolver class; new ones are added here. Root queries and mutations by subject (resolvers/*.resolver.ts),
 * then the fields of each object type (resolvers/entity/, one file per type) and the `source` field of every sourced type.
 */
export const resolvers: NonEmptyArray<Function> = [
  ReferenceResolver,
  RecordsResolver,
  ComparisonResolver,
  AuthResolver,
  RecordWriteResolver,
  ReferenceWriteResolver,
  CriterionWriteResolver,
  InterprovincialWriteResolver,
  SubscriptionResolver,
  ApiClientResolver,
  AssessmentResolver,
  DevelopmentResolver,
  ExitCriterionResolver,
  ExitCriterionReviewResolver,
  ExitCriterionRetirementResolver,
  FrameworkPositionResolver,
  FrameworkResolver,
  PlatformFindingResolver,
  PlatformStatusResolver,
  PlatformResolver,
  PresenceResolver,
  ProvinceResolver,
  ValueRatingResolver,
  ...sourceFieldResolvers,
];

let cached: Promise<GraphQLSchema> | undefined;

const ROOT_DESCRIPTIONS = {
  Query:
    "Reads: reference data, the provinces' records and the comparisons. Valid time (`asOf`, a calendar date) defaults to today in the Netherlands; " +
    "recorded time (`knownAt`, an instant) defaults to the moment of the request.",
  Mutation:
    "Writes: each takes one `input` and returns a payload with the changed object and `userErrors`; one transaction each.",
  Subscription:
    "Live updates over WebSocket at `/graphql` (the graphql-ws protocol): events after each committed write. Queries and mutations go over HTTP.",
};

/**
 * type-graphql requires a PubSub once a subscription exists; ours subscribe with their own function (the register's
 * events, services/subscription.service.ts) and use no topics, so this one is never called.
 */
const NO_TOPICS = {
  publish() {
    throw new Error("Subscriptions use the register's events, not topics.");
  },
  subscribe(): never {
    throw new Error("Subscriptions use the register's events, not topics.");
  },
};

/** Builds the executable schema once per process (type-graphql, class-validator validation of args and inputs). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    orphanedTypes: entities,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    pubSub: NO_TOPICS,
  }).then((schema) => {
    const query = schema.getQueryType();
    if (query) query.description = ROOT_DESCRIPTIONS.Query;
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
    const subscription = schema.getSubscriptionType();
    if (subscription) subscription.description = ROOT_DESCRIPTIONS.Subscription;
    return schema;
  });
  return cached;
}

/** The SDL committed as `src/api/schema.graphql` (sorted, so diffs stay readable). */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
