import {
  HeaderMap,
  type ApolloServerOptionsWithGateway,
  type ApolloServerPlugin,
  type BaseContext,
} from "@apollo/server";
import {
  GraphQLError,
  execute,
  isAbstractType,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";
import { logger } from "../logger";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type GatewayExecutor = Awaited<ReturnType<Gateway["load"]>>["executor"];

export interface CompiledExecutorOptions {
  /** Compiled operations kept (LRU), keyed by the operation's text hash and its name. */
  maxEntries: number;
}

/** What the executor did with an operation (for tests: `compiled` or `graphql-js`). */
export type ExecutionPath = "compiled" | "graphql-js";

/**
 * A compiled executor behind Apollo Server's executor seam (its `gateway` option: Apollo still parses, validates —
 * our limits included —, builds the context, runs every plugin and formats errors; only the execution of the
 * validated document is replaced). Each operation is compiled once into a JavaScript function by graphql-jit
 * (resolvers, argument coercion and leaf serialisation inlined; results are plain objects, which `JSON.stringify`
 * writes about twice as fast as graphql-js's null-prototype ones) and kept in an LRU keyed by Apollo's hash of the
 * operation text and the operation name. The same resolvers run, with the same arguments and context.
 *
 * Error-free queries skip the seam itself (`plugin()`, below). Anything graphql-jit can not compile runs on
 * graphql-js's `execute`, as before. So does a request whose variables do not coerce (no resolver has run):
 * graphql-js words those errors, so the messages clients see stay the same.
 */
export class CompiledExecutor {
  private readonly compiled: LRUCache<string, CompiledQuery | false>;
  /** The path of the last execution (tests). */
  lastPath: ExecutionPath | undefined;
  /** false: every operation runs on graphql-js (to compare both executors on one server, as the tests do). */
  compiling = true;
  /** Results of the direct path that carry errors, by request context: the seam answers them without a second run. */
  private readonly withErrors = new WeakMap<object, ExecutionResult>();

  constructor(
    private readonly schema: GraphQLSchema,
    options: CompiledExecutorOptions,
  ) {
    this.compiled = new LRUCache({ max: Math.max(1, options.maxEntries) });
    synchronousTypeResolution(schema);
  }

  /** Compiled operations held now. */
  get size(): number {
    return this.compiled.size;
  }

  /** The operation compiled (cached), or false when graphql-jit can not compile it. */
  private compile(document: DocumentNode, queryHash: string, operationName: string | undefined): CompiledQuery | false {
    const key = `${queryHash}\u0000${operationName ?? ""}`;
    const known = this.compiled.get(key);
    if (known !== undefined) return known;
    let result: CompiledQuery | false;
    try {
      const compiled = compileQuery(this.schema, document, operationName, { disablingCapturingStackErrors: true });
      result = isCompiledQuery(compiled) ? compiled : false;
    } catch (error) {
      logger.warn({ err: error, operationName }, "graphql-jit could not compile an operation; graphql-js runs it");
      result = false;
    }
    this.compiled.set(key, result);
    return result;
  }

  async execute(
    document: DocumentNode,
    queryHash: string,
    operationName: string | undefined,
    contextValue: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<ExecutionResult> {
    const known = typeof contextValue === "object" && contextValue !== null && this.withErrors.get(contextValue);
    if (known) {
      this.withErrors.delete(contextValue as object);
      return this.compiledResult(known);
    }
    const compiled = this.compiling && this.compile(document, queryHash, operationName);
    if (compiled) {
      const result = await compiled.query(undefined, contextValue, variables ?? {});
      // Variables that do not coerce: no resolver ran (data absent); graphql-js words the errors as before.
      if (!(result.data === undefined && result.errors?.length)) return this.compiledResult(result);
    }
    this.lastPath = "graphql-js";
    return execute({ schema: this.schema, document, operationName, contextValue, variableValues: variables });
  }

  private compiledResult(result: ExecutionResult): ExecutionResult {
    this.lastPath = "compiled";
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  }

  /**
   * The direct path for queries (an Apollo plugin): a query the executor can compile runs in Apollo's
   * `responseForOperation` and, when it has no errors, its result is the response — Apollo's gateway seam is not
   * entered. That seam builds a gateway request context per request whose getter/setter pair closes over the
   * request's context, and with it V8 promoted every request's objects to the old generation (bench/README.md,
   * "Issue 15, fourth pass": 4.5–6 MB per scavenge through the seam, 0.3 MB without). Everything before execution
   * (parsing, validation and limits, the context, `didResolveOperation`) and after it (`willSendResponse`, the
   * response cache, serialisation) is Apollo's as before. A result with errors goes through the seam as before (the
   * seam's executor returns it, kept here, without running it again), so Apollo classifies, formats and maps them to
   * HTTP exactly as it does for every other execution; so do mutations, variables that do not coerce and whatever
   * graphql-jit can not compile.
   */
  plugin(): ApolloServerPlugin<BaseContext> {
    return {
      requestDidStart: async () => ({
        responseForOperation: async (requestContext) => {
          const { operation, queryHash } = requestContext;
          if (!this.compiling || operation?.operation !== "query" || queryHash === undefined) return null;
          const compiled = this.compile(
            requestContext.document,
            queryHash,
            requestContext.request.operationName ?? undefined,
          );
          if (!compiled) return null;
          const result = await compiled.query(
            undefined,
            requestContext.contextValue,
            requestContext.request.variables ?? {},
          );
          if (result.errors?.length) {
            // Variables that do not coerce (no data): the seam words them through graphql-js, as before.
            if (result.data !== undefined) this.withErrors.set(requestContext.contextValue, result);
            return null;
          }
          this.lastPath = "compiled";
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: result },
          };
        },
      }),
    };
  }

  /** The `gateway` option of ApolloServer: the static schema and this executor. */
  gateway(): Gateway {
    const schema = this.schema;
    const executor: GatewayExecutor = (requestContext) =>
      this.execute(
        requestContext.document,
        requestContext.queryHash,
        // The name as sent: Apollo's resolved name is null when the document has no operation of that name, and
        // execution must then fail as graphql-js's does (Apollo answers it 400).
        requestContext.request.operationName ?? undefined,
        requestContext.context,
        requestContext.request.variables,
      );
    return {
      async load() {
        return { schema, executor };
      },
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => undefined;
      },
      async stop() {},
    };
  }
}

/**
 * graphql-jit's errors as graphql-js makes them. Its own error class leaves `extensions` undefined when the thrown
 * error has none (Apollo's error formatting reads `extensions.code` and would fail); graphql-js's `locatedError`
 * gives such errors the thrown error's extensions, or `{}`. Message, path, locations and the thrown error are kept.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) Object.assign(copy, { locations: error.locations });
  return copy;
}

/**
 * graphql-jit calls an abstract type's `resolveType` synchronously and can not wait for a promise; type-graphql
 * wraps every `resolveType` in an async function (it awaits the one we give it). Our one abstract type, `Node`,
 * resolves an object by the name of its entity class (src/entities/node.ts), which is the name of its GraphQL type:
 * that is done here synchronously, for both executors alike (graphql-js takes a name as well as a promise of one).
 * Anything else (an object of another class) still goes to the original resolver.
 */
function synchronousTypeResolution(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || !type.resolveType) continue;
    const original = type.resolveType;
    const names = new Set(schema.getPossibleTypes(type).map((t) => t.name));
    type.resolveType = (value, context, info, abstractType) => {
      const name = (value as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      return typeof name === "string" && names.has(name) ? name : original(value, context, info, abstractType);
    };
  }
}
