import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { entities } from "../entities";
import { DateTimeScalar } from "./scalars";
import { ReferenceResolver } from "../resolvers/reference.resolver";
import {
  ApiClientResolver, AssessmentResolver, DevelopmentResolver, ExitCriterionResolver, FollowerCountResolver,
  FrameworkPositionResolver, FrameworkResolver, PlatformFindingResolver, PlatformResolver, PlatformStatusResolver,
  PresenceResolver, ProvinceResolver, StatusChangeResolver, ValueRatingResolver,
} from "../resolvers/record.resolver";
import { ComparisonResolver } from "../resolvers/comparison.resolver";

/** Every resolver class; new ones are added here. */
export const resolvers: NonEmptyArray<Function> = [
  ReferenceResolver, ProvinceResolver, PresenceResolver, PlatformStatusResolver, FollowerCountResolver,
  PlatformResolver, FrameworkResolver, PlatformFindingResolver, FrameworkPositionResolver, AssessmentResolver,
  ValueRatingResolver, ExitCriterionResolver, DevelopmentResolver, ApiClientResolver, ComparisonResolver, StatusChangeResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process (type-graphql, class-validator validation of args and inputs). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    orphanedTypes: entities,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
  });
  return cached;
}

/** The SDL committed as `src/schema/schema.graphql` (sorted, so diffs stay readable). */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
