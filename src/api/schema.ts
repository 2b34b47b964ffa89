import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { entities } from "../entities";
import { DateTimeScalar } from "../domain/scalars";
import { ReferenceResolver } from "./resolvers/reference.resolver";
import {
  ApiClientResolver,
  AssessmentResolver,
  DevelopmentResolver,
  ExitCriterionResolver,
  FollowerCountResolver,
  FrameworkPositionResolver,
  FrameworkResolver,
  PlatformFindingResolver,
  PlatformResolver,
  PlatformStatusResolver,
  PresenceResolver,
  ProvinceResolver,
  StatusChangeResolver,
  ValueRatingResolver,
} from "./resolvers/record.resolver";
import { ComparisonResolver } from "./resolvers/comparison.resolver";
import { RecordWriteResolver } from "./resolvers/record-write.resolver";
import { ReferenceWriteResolver } from "./resolvers/reference-write.resolver";
import { AuthResolver } from "./resolvers/auth.resolver";

/** Every resolver class; new ones are added here. */
export const resolvers: NonEmptyArray<Function> = [
  ReferenceResolver,
  ProvinceResolver,
  PresenceResolver,
  PlatformStatusResolver,
  FollowerCountResolver,
  PlatformResolver,
  FrameworkResolver,
  PlatformFindingResolver,
  FrameworkPositionResolver,
  AssessmentResolver,
  ValueRatingResolver,
  ExitCriterionResolver,
  DevelopmentResolver,
  ApiClientResolver,
  ComparisonResolver,
  StatusChangeResolver,
  RecordWriteResolver,
  ReferenceWriteResolver,
  AuthResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

const ROOT_DESCRIPTIONS = {
  Query:
    "Reads: reference data, the provinces' records and the comparisons. Valid time (`asOf`, a calendar date) defaults to today in the Netherlands; " +
    "recorded time (`knownAt`, an instant) defaults to the moment of the request.",
  Mutation:
    "Writes: each takes one `input` and returns a payload with the changed object and `userErrors`; one transaction each.",
};

/** Builds the executable schema once per process (type-graphql, class-validator validation of args and inputs). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    orphanedTypes: entities,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
  }).then((schema) => {
    const query = schema.getQueryType();
    if (query) query.description = ROOT_DESCRIPTIONS.Query;
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
    return schema;
  });
  return cached;
}

/** The SDL committed as `src/api/schema.graphql` (sorted, so diffs stay readable). */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
