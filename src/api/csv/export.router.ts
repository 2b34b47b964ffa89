import { Router, type Request, type Response } from "express";
import { stringify } from "csv-stringify/sync";
import { GraphQLError } from "graphql";
import type { Context } from "../../request/context";
import { Source } from "../../entities";
import { ComparisonStatus, dutchLabel } from "../../domain/enums";
import { DateScalar, DateTimeScalar } from "../../domain/scalars";
import { badInput, DomainError, ErrorCode } from "../../errors/error-codes";
import { loadAll } from "../../request/loaders";
import { ComparisonService } from "../../services/comparison.service";
import { logger } from "../../logger";
import { classifyDatabaseError } from "../../errors/database-errors";
import { DATABASE_ERRORS, INTERNAL_MESSAGE } from "../../errors/format-error";
import { writeErrorHead } from "../../errors/http-status";
import { currentRequest } from "../../request/scope";
import type { ExportAnswer } from "../response-cache";

/**
 * CSV exports of the status, value and framework matrices for people who build their reports in spreadsheets:
 *
 *   GET /export/status-matrix.csv?asOf=&knownAt=&provinces=&platforms=&statuses=&delimiter=
 *   GET /export/value-matrix.csv?asOf=&knownAt=&provinces=&values=&platform=&delimiter=
 *   GET /export/framework-matrix.csv?asOf=&knownAt=&provinces=&frameworks=&delimiter=
 *   GET /export/exit-criteria-matrix.csv?asOf=&knownAt=&provinces=&platforms=&delimiter=
 *
 * The parameters are those of the GraphQL fields (lists comma-separated or repeated) and go through the same
 * services, so an export always equals the GraphQL answer. One row per province and column (long format: filters and
 * pivot tables work on it directly; the exit criteria matrix has one row per criterion in a cell, and one row with
 * empty criterion columns for a cell without criteria), with the stable identifiers (CBS code, ISO 3166-2, TOOI), Dutch headers and
 * labels, UTF-8 with a byte order mark (Excel then reads the accents of `Fryslân` right), CRLF line ends,
 * `delimiter=semicolon` for Dutch-locale Excel (default comma). Text that a spreadsheet would run as a formula
 * (starting with = + - @) is prefixed with `'`. Invalid parameters: HTTP 400 with a JSON body
 * `{ "error": { "code": "BAD_USER_INPUT", "message": ..., "argument": ... } }`.
 */
export function exportRouter(options: {
  contextFor: (req: Request) => Promise<Context>;
  exposeSqlCount: boolean;
  /** MAX_LIST_ITEMS, as for GraphQL: a list parameter holds at most this many values. */
  maxListItems: number;
  /** Keeps a successful export for the response cache (api/response-cache.ts: served from there while current). */
  store?: (answer: ExportAnswer) => void;
}): Router {
  const { contextFor } = options;
  const router = Router();

  router.get("/status-matrix.csv", (req, res) =>
    respond(req, res, options, "statusmatrix", ["platforms", "statuses"], async (q) => {
      const ctx = await contextFor(req);
      const m = await ComparisonService.statusMatrix(ctx, {
        ...times(q),
        provinces: list(q, "provinces"),
        platforms: list(q, "platforms"),
        statuses: statuses(q),
      });
      const sourceIds = [
        ...new Set(m.rows.flatMap((r) => r.cells.map((c) => c.sourceId)).filter((id): id is number => id !== null)),
      ];
      const sources = new Map((await loadAll(ctx.loaders.source, sourceIds)).map((s: Source) => [s.id, s]));
      const statedBy = await clientNames(
        ctx,
        m.rows.flatMap((r) => r.cells.map((c) => c.snapshot?.statedById)),
      );
      const records = m.rows.flatMap((row) =>
        row.cells.map((c) => {
          const source = c.sourceId === null ? undefined : sources.get(c.sourceId);
          return [
            ...provinceColumns(row.province),
            c.platform.slug,
            c.platform.name,
            c.statusLabel,
            c.status,
            yesNo(c.commentsEnabled),
            yesNo(c.engagement),
            c.purposes.map((p) => dutchLabel("Purpose", p)).join(", "),
            c.paidContent === null ? "" : dutchLabel("PaidContent", c.paidContent),
            c.validFrom ?? "",
            c.validFromBasis === null ? "" : dutchLabel("DateBasis", c.validFromBasis),
            c.validFromPrecision === null ? "" : dutchLabel("DatePrecision", c.validFromPrecision),
            source?.title ?? "",
            source?.url ?? "",
            statedBy(c.snapshot?.statedById),
            c.snapshot?.recordedAt.toISOString() ?? "",
            m.statuses === null ? "" : yesNo(c.matches),
            m.asOf,
            m.knownAt.toISOString(),
          ];
        }),
      );
      return {
        asOf: m.asOf,
        header: [
          ...PROVINCE_HEADER,
          "Platform-id",
          "Platform",
          "Status",
          "Statuscode",
          "Reacties ingeschakeld",
          "Interactie",
          "Doelen",
          "Betaalde content",
          "Geldig vanaf",
          "Datumbasis",
          "Datumprecisie",
          "Bron",
          "Bron-URL",
          "Verklaard door",
          "Vastgelegd op",
          "Voldoet aan statusfilter",
          "Peildatum",
          "Stand register op",
        ],
        records,
      };
    }),
  );

  router.get("/value-matrix.csv", (req, res) =>
    respond(req, res, options, "waardenmatrix", ["values", "platform"], async (q) => {
      const ctx = await contextFor(req);
      const m = await ComparisonService.valueMatrix(ctx, {
        ...times(q),
        provinces: list(q, "provinces"),
        values: list(q, "values"),
        platform: single(q, "platform"),
      });
      // A rating's provenance: its own (given with `setValueRatings`), else its assessment's.
      const sourceIdOf = (c: (typeof m.rows)[number]["cells"][number]) =>
        c.rating?.sourceId ?? (c.rating?.statedById == null ? (c.assessment?.sourceId ?? null) : null);
      const statedByIdOf = (c: (typeof m.rows)[number]["cells"][number]) =>
        c.rating?.sourceId == null ? (c.rating?.statedById ?? c.assessment?.statedById ?? null) : null;
      const sourceIds = [
        ...new Set(m.rows.flatMap((r) => r.cells.map(sourceIdOf)).filter((id): id is number => id !== null)),
      ];
      const sources = new Map((await loadAll(ctx.loaders.source, sourceIds)).map((s: Source) => [s.id, s]));
      const statedBy = await clientNames(
        ctx,
        m.rows.flatMap((r) => r.cells.map(statedByIdOf)),
      );
      const records = m.rows.flatMap((row) =>
        row.cells.map((c) => {
          const sourceId = sourceIdOf(c);
          const specific = c.rating !== null && (c.rating.platformId ?? c.assessment?.platformId ?? null) !== null;
          return [
            ...provinceColumns(row.province),
            c.value.slug,
            c.value.name,
            c.impactLabel,
            c.impact,
            c.rating?.rationale ?? "",
            c.rating === null ? "" : specific && m.platform ? m.platform.slug : "alle platforms",
            c.assessment?.heldOn ?? "",
            c.assessment ? dutchLabel("DateBasis", c.assessment.heldOnBasis) : "",
            c.assessment ? dutchLabel("DatePrecision", c.assessment.heldOnPrecision) : "",
            c.assessment?.method ?? "",
            sourceId === null ? "" : (sources.get(sourceId)?.title ?? ""),
            statedBy(statedByIdOf(c)),
            c.assessment?.publishedAt?.toISOString() ?? "",
            m.asOf,
            m.knownAt.toISOString(),
          ];
        }),
      );
      return {
        asOf: m.asOf,
        header: [
          ...PROVINCE_HEADER,
          "Waarde-id",
          "Waarde",
          "Negatieve invloed",
          "Invloedcode",
          "Toelichting",
          "Geldt voor",
          "Toetsing gehouden op",
          "Datumbasis",
          "Datumprecisie",
          "Methode",
          "Bron",
          "Verklaard door",
          "Gepubliceerd op",
          "Peildatum",
          "Stand register op",
        ],
        records,
      };
    }),
  );

  router.get("/framework-matrix.csv", (req, res) =>
    respond(req, res, options, "kadermatrix", ["frameworks"], async (q) => {
      const ctx = await contextFor(req);
      const m = await ComparisonService.frameworkMatrix(ctx, {
        ...times(q),
        provinces: list(q, "provinces"),
        frameworks: list(q, "frameworks"),
      });
      const sourceIds = [
        ...new Set(
          m.rows
            .flatMap((r) => r.cells.map((c) => c.position?.sourceId ?? null))
            .filter((id): id is number => id !== null),
        ),
      ];
      const sources = new Map((await loadAll(ctx.loaders.source, sourceIds)).map((s: Source) => [s.id, s]));
      const statedBy = await clientNames(
        ctx,
        m.rows.flatMap((r) => r.cells.map((c) => c.position?.statedById)),
      );
      const records = m.rows.flatMap((row) =>
        row.cells.map((c) => {
          const source = c.position?.sourceId == null ? undefined : sources.get(c.position.sourceId);
          return [
            ...provinceColumns(row.province),
            c.framework.slug,
            c.framework.shortName,
            c.framework.title,
            dutchLabel("FrameworkStatus", c.framework.status),
            c.stanceLabel,
            c.stance,
            c.since ?? "",
            c.sinceBasis === null ? "" : dutchLabel("DateBasis", c.sinceBasis),
            c.sincePrecision === null ? "" : dutchLabel("DatePrecision", c.sincePrecision),
            c.note ?? "",
            source?.title ?? "",
            statedBy(c.position?.statedById),
            c.position?.recordedAt.toISOString() ?? "",
            m.asOf,
            m.knownAt.toISOString(),
          ];
        }),
      );
      return {
        asOf: m.asOf,
        header: [
          ...PROVINCE_HEADER,
          "Kader-id",
          "Kader",
          "Titel",
          "Status kader",
          "Standpunt",
          "Standpuntcode",
          "Sinds",
          "Datumbasis",
          "Datumprecisie",
          "Toelichting",
          "Bron",
          "Verklaard door",
          "Vastgelegd op",
          "Peildatum",
          "Stand register op",
        ],
        records,
      };
    }),
  );

  router.get("/exit-criteria-matrix.csv", (req, res) =>
    respond(req, res, options, "exitcriteriamatrix", ["platforms"], async (q) => {
      const ctx = await contextFor(req);
      const m = await ComparisonService.exitCriteriaMatrix(ctx, {
        ...times(q),
        provinces: list(q, "provinces"),
        platforms: list(q, "platforms"),
      });
      const entries = m.rows.flatMap((r) => r.cells.flatMap((c) => c.criteria));
      const ids = (pick: (e: (typeof entries)[number]) => number | null | undefined) => [
        ...new Set(entries.map(pick).filter((id): id is number => id != null)),
      ];
      const [sources, values, statedBy] = await Promise.all([
        loadAll(ctx.loaders.source, ids((e) => e.criterion.sourceId).concat(ids((e) => e.review?.sourceId))),
        loadAll(
          ctx.loaders.value,
          ids((e) => e.criterion.valueId),
        ),
        clientNames(
          ctx,
          entries.flatMap((e) => [e.criterion.statedById, e.review?.statedById]),
        ),
      ]);
      const sourceTitle = new Map(sources.map((s: Source) => [s.id, s.title]));
      const valueName = new Map(values.map((v) => [v.id, v.name]));
      const title = (id: number | null | undefined): Cell => (id == null ? "" : (sourceTitle.get(id) ?? ""));
      const records = m.rows.flatMap((row) =>
        row.cells.flatMap((c) => {
          const cell = [...provinceColumns(row.province), c.platform.slug, c.platform.name, c.statusLabel, c.status];
          const when = [m.asOf, m.knownAt.toISOString()];
          if (c.criteria.length === 0) return [[...cell, ...Array<Cell>(20).fill(""), yesNo(false), ...when]];
          return c.criteria.map((e) => {
            const { criterion: k, review: r } = e;
            return [
              ...cell,
              k.globalId,
              dutchLabel("CriterionKind", k.kind),
              k.kind,
              k.description,
              e.allPlatforms ? "alle platforms" : c.platform.slug,
              k.valueId === null ? "" : (valueName.get(k.valueId) ?? ""),
              k.adoptedOn,
              dutchLabel("DateBasis", k.adoptedOnBasis),
              dutchLabel("DatePrecision", k.adoptedOnPrecision),
              title(k.sourceId),
              statedBy(k.statedById),
              k.recordedAt.toISOString(),
              e.stateLabel,
              e.state,
              r?.reviewedOn ?? "",
              r ? dutchLabel("DateBasis", r.reviewedOnBasis) : "",
              r ? dutchLabel("DatePrecision", r.reviewedOnPrecision) : "",
              r?.note ?? "",
              title(r?.sourceId),
              statedBy(r?.statedById),
              yesNo(e.metWhileActive),
              ...when,
            ];
          });
        }),
      );
      return {
        asOf: m.asOf,
        header: [
          ...PROVINCE_HEADER,
          "Platform-id",
          "Platform",
          "Status",
          "Statuscode",
          "Criterium-id",
          "Soort",
          "Soortcode",
          "Criterium",
          "Geldt voor",
          "Beschermde waarde",
          "Vastgesteld op",
          "Datumbasis",
          "Datumprecisie",
          "Bron",
          "Verklaard door",
          "Vastgelegd op",
          "Toetsing",
          "Toetsingscode",
          "Getoetst op",
          "Datumbasis toetsing",
          "Datumprecisie toetsing",
          "Toelichting toetsing",
          "Bron toetsing",
          "Toetsing verklaard door",
          "Vervuld terwijl actief",
          "Peildatum",
          "Stand register op",
        ],
        records,
      };
    }),
  );

  return router;
}

type Query = Record<string, string[]>;
type Cell = string;

const COMMON_PARAMETERS = ["asOf", "knownAt", "provinces", "delimiter"];
const PROVINCE_HEADER = ["CBS-code", "ISO 3166-2", "TOOI-id", "Provincie"];
const DELIMITERS: Record<string, string> = { comma: ",", semicolon: ";" };

async function respond(
  req: Request,
  res: Response,
  options: { exposeSqlCount: boolean; maxListItems: number; store?: (answer: ExportAnswer) => void },
  name: string,
  parameters: string[],
  build: (q: Query) => Promise<{ asOf: string; header: string[]; records: Cell[][] }>,
): Promise<void> {
  // Metrics and the request log name the export as its "operation" (e.g. `export_statusmatrix`).
  const state = currentRequest();
  if (state) state.operationName = `export_${name}`;
  try {
    const q = readQuery(req, [...COMMON_PARAMETERS, ...parameters]);
    // The same cap on lists as GraphQL's (api/plugins/list-limits.ts), before anything is read.
    for (const key of Object.keys(q)) {
      const found = list(q, key)?.length ?? 0;
      if (found > options.maxListItems)
        throw badInput(`Parameter \`${key}\` holds ${found} values; at most ${options.maxListItems} are accepted.`, {
          argument: key,
          limit: "maxListItems",
          max: options.maxListItems,
          found,
        });
    }
    const delimiterName = single(q, "delimiter") ?? "comma";
    const delimiter = DELIMITERS[delimiterName];
    if (!delimiter)
      throw badInput(`\`delimiter\` must be \`comma\` or \`semicolon\`; got ${JSON.stringify(delimiterName)}.`, {
        argument: "delimiter",
      });
    const { asOf, header, records } = await build(q);
    const csv = stringify([header, ...records.map((r) => r.map(neutraliseFormula))], {
      bom: true,
      delimiter,
      record_delimiter: "windows",
      // Every field quoted: a line break inside an editor's text (a lone LF, which csv-stringify would not quote
      // with CRLF as record delimiter) can never split a row, whatever the reading spreadsheet's line-ending rules.
      quoted: true,
    });
    const headers = {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${asOf}.csv"`,
    };
    // Serialised once: the bytes sent are the bytes the response cache keeps.
    const body = Buffer.from(csv, "utf8");
    options.store?.({ body, headers });
    res.status(200);
    for (const [header, value] of Object.entries(headers)) res.setHeader(header, value);
    // Outside production, like `extensions.sqlStatements` in GraphQL responses: the SQL statements the export ran.
    if (options.exposeSqlCount) res.setHeader("X-Sql-Statements", String(state?.sqlStatements ?? 0));
    res.send(body);
  } catch (error) {
    const refusal = asRefusal(error);
    const code = refusal.extensions.code as ErrorCode;
    const outcome = writeErrorHead(res, code);
    if (state) state.outcome = outcome;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
      const requestId = state?.requestId;
      logger.error({ err: error, requestId, path: req.path }, "export failed");
      res.json({ error: { code, message: INTERNAL_MESSAGE, requestId } });
      return;
    }
    const argument = code === ErrorCode.BAD_USER_INPUT ? { argument: refusal.extensions.argument ?? null } : {};
    res.json({ error: { code, message: refusal.message, ...argument } });
  }
}

/** The codes an export answers with as they are (the same codes as in GraphQL responses); others are internal. */
const EXPORT_CODES = new Set<unknown>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.BUSY,
  ErrorCode.STORAGE_FULL,
]);

/** What an export says about an error: an expected one as it is, a database failure by its kind, else internal. */
function asRefusal(error: unknown): GraphQLError {
  if (error instanceof GraphQLError && EXPORT_CODES.has(error.extensions.code)) return error;
  const kind = classifyDatabaseError(error);
  if (kind) return new DomainError(DATABASE_ERRORS[kind].code, DATABASE_ERRORS[kind].message);
  return new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_MESSAGE);
}

/** The query string as lists of strings; unknown parameters are refused (a typo must not silently widen an export). */
function readQuery(req: Request, allowed: string[]): Query {
  const q: Query = {};
  for (const [key, raw] of Object.entries(req.query)) {
    if (!allowed.includes(key)) {
      throw badInput(`Unknown parameter \`${key}\`; this export takes ${allowed.map((a) => `\`${a}\``).join(", ")}.`, {
        argument: key,
      });
    }
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => (typeof v === "string" ? v : null));
    if (values.some((v) => v === null))
      throw badInput(`Parameter \`${key}\` must be a plain value.`, { argument: key });
    // eslint-disable-next-line no-control-regex
    if (values.some((v) => /[\u0000-\u001f\u007f]/.test(v as string))) {
      throw badInput(`Parameter \`${key}\` contains a control character.`, { argument: key });
    }
    q[key] = values as string[];
  }
  return q;
}

/**
 * A list parameter: comma-separated and/or repeated; absent or empty means "all" (null). In a query string an empty
 * value is the same as leaving the parameter out (`statuses=` is no filter, unlike GraphQL's `statuses: []`).
 */
function list(q: Query, key: string): string[] | null {
  const items = (q[key] ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return items.length > 0 ? items : null;
}

function single(q: Query, key: string): string | null {
  const values = (q[key] ?? []).map((v) => v.trim()).filter((v) => v.length > 0);
  if (values.length > 1)
    throw badInput(`Parameter \`${key}\` takes one value; got ${values.length}.`, { argument: key });
  return values[0] ?? null;
}

/** `asOf` and `knownAt`, validated by the same scalars as in GraphQL. */
function times(q: Query): { asOf: string | null; knownAt: Date | null } {
  const asOf = single(q, "asOf");
  // A literal `+` in a query string arrives as a space: accept `...T12:00:00 02:00` as `+02:00`.
  const knownAt = single(q, "knownAt")?.replace(/ (\d{2}:?\d{2})$/, "+$1") ?? null;
  return {
    asOf:
      asOf === null
        ? null
        : parseWith(
            "asOf",
            asOf,
            (v) => DateScalar.parseValue(v) as string,
            "a calendar date YYYY-MM-DD, e.g. 2025-07-01",
          ),
    knownAt:
      knownAt === null
        ? null
        : parseWith(
            "knownAt",
            knownAt,
            (v) => DateTimeScalar.parseValue(v) as Date,
            "an ISO 8601 instant with offset, e.g. 2025-07-01T12:00:00Z",
          ),
  };
}

function statuses(q: Query): ComparisonStatus[] | null {
  const items = list(q, "statuses");
  if (items === null) return null;
  const known = Object.values(ComparisonStatus) as string[];
  const unknown = items.filter((s) => !known.includes(s.toUpperCase()));
  if (unknown.length > 0)
    throw badInput(`Unknown status in \`statuses\`: ${unknown.join(", ")}; use ${known.join(", ")}.`, {
      argument: "statuses",
    });
  return items.map((s) => s.toUpperCase() as ComparisonStatus);
}

function parseWith<T>(argument: string, value: string, parse: (v: string) => T, expected: string): T {
  try {
    return parse(value);
  } catch {
    throw badInput(`\`${argument}\` must be ${expected}; got ${JSON.stringify(value)}.`, { argument });
  }
}

/** The names of the API clients whose own statements the rows are, by id (one batched load); "" for none. */
async function clientNames(
  ctx: Context,
  ids: Array<number | null | undefined>,
): Promise<(id: number | null | undefined) => Cell> {
  const wanted = [...new Set(ids.filter((id): id is number => id != null))];
  const clients = await loadAll(ctx.loaders.apiClient, wanted);
  const names = new Map(clients.map((c) => [c.id, c.name]));
  return (id) => (id == null ? "" : (names.get(id) ?? ""));
}

function provinceColumns(p: { code: string; isoCode: string | null; tooiId: string; name: string }): Cell[] {
  return [p.code, p.isoCode ?? "", p.tooiId, p.name];
}

const yesNo = (b: boolean | null): Cell => (b === null ? "" : b ? "Ja" : "Nee");

/**
 * OWASP CSV injection guard: text a spreadsheet would evaluate as a formula gets a leading apostrophe — at the start
 * of the field AND at the start of every line inside it (a spreadsheet that splits a multi-line cell, or a user who
 * pastes one line, must not meet a live formula), also after leading spaces, and for the full-width and small-form
 * look-alikes of = + - @ (U+FF1D, U+FF0B, U+FF0D, U+FF20, U+FE66, U+FE62, U+FE63, U+FE6B) and the minus sign U+2212,
 * which some spreadsheets normalise to their ASCII forms.
 */
export function neutraliseFormula(cell: Cell): Cell {
  return cell.replace(FORMULA_START, "$1'");
}
const FORMULA_START = /(^|[\r\n])(?=[ \u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212])/g;
