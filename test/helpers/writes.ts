import type { DataSource } from "typeorm";
import { Role } from "../../src/domain/enums";
import { SYSTEM_ACTOR } from "../../src/services/audit.service";
import { TokenService } from "../../src/services/token.service";

/** Issues a token straight in the database (the token command's code path), returns the Authorization header. */
export async function issueToken(
  dataSource: DataSource,
  role: Role,
  name: string,
  provinceCode: string | null = null,
): Promise<Record<string, string>> {
  const { token } = await dataSource.transaction((em) =>
    TokenService.issueAsSystem(em, SYSTEM_ACTOR, { name, role, provinceCode }),
  );
  return { authorization: `Bearer ${token}` };
}

/** Every table a write can touch. */
export const WRITABLE_TABLES = [
  "api_client",
  "assessment",
  "audit_event",
  "development",
  "development_province",
  "exit_criterion",
  "exit_criterion_retirement",
  "exit_criterion_review",
  "follower_count",
  "framework",
  "framework_platform",
  "framework_position",
  "platform",
  "platform_finding",
  "platform_status",
  "presence",
  "setup_token",
  "source",
  "value",
  "value_rating",
];

/** A row as text, without `api_client.last_used_at` (bookkeeping of reads, written beside any request). */
const ROW = `(to_jsonb(x) - 'last_used_at')::text`;

/**
 * A fingerprint of the whole writable state: per table the row count and an md5 of every row's text, so that an
 * insert, an update and a delete all show. Equal fingerprints = the database is unchanged.
 */
export async function fingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const parts = WRITABLE_TABLES.map(
    (t) =>
      `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(${ROW}, '|' ORDER BY ${ROW})), '') AS f FROM "${t}" x`,
  );
  const rows: Array<{ t: string; f: string }> = await dataSource.query(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

export async function countRows(
  dataSource: DataSource,
  table: string,
  where = "TRUE",
  params: unknown[] = [],
): Promise<number> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`, params);
  return n;
}

/** The callers most tests need: an admin, Utrecht's and Overijssel's editors, and an IPO analyst (headers to send). */
export async function issueCallers(
  dataSource: DataSource,
): Promise<Record<"admin" | "utrecht" | "overijssel" | "ipo", Record<string, string>>> {
  return {
    admin: await issueToken(dataSource, Role.ADMIN, "Beheer"),
    utrecht: await issueToken(dataSource, Role.PROVINCE_EDITOR, "Communicatie Utrecht", "PV26"),
    overijssel: await issueToken(dataSource, Role.PROVINCE_EDITOR, "Communicatie Overijssel", "PV23"),
    ipo: await issueToken(dataSource, Role.IPO_ANALYST, "IPO"),
  };
}
