/**
 * The benchmark's question, asked two ways: "the status matrix with ratings for all provinces" as one GraphQL
 * operation (statusMatrix + valueMatrix) and as one hand-written SQL statement (the floor). `cellsOf` reduces either
 * answer to the same list of cells, so the run can check that they agree.
 */
export const AS_OF = "2026-01-01";

export const GRAPHQL_OPERATION = `query StatusMatrixWithRatings($asOf: Date!) {
  statusMatrix(asOf: $asOf) {
    rows { province { code name } cells { platform { slug } status commentsEnabled engagement purposes paidContent validFrom } }
  }
  valueMatrix(asOf: $asOf) {
    rows { province { code name } cells { value { slug } impact } }
  }
}`;

/** One statement: every (body, platform) cell with its latest snapshot, and every (body, value) cell with its latest rating. */
export const FLOOR_SQL = `
WITH latest_status AS (
  SELECT p.province_id, p.platform_id, s.status::text AS status, s.comments_enabled,
         s.engagement, s.purposes::text[] AS purposes, s.paid_content::text AS paid_content, s.valid_from
  FROM presence p CROSS JOIN LATERAL (
    SELECT * FROM platform_status x
    WHERE x.presence_id = p.id AND x.valid_from <= $1 AND x.recorded_at <= now()
    ORDER BY x.valid_from DESC, x.recorded_at DESC, x.id DESC LIMIT 1
  ) s
), latest_rating AS (
  SELECT DISTINCT ON (a.province_id, r.value_id) a.province_id, r.value_id, r.impact::text AS impact
  FROM value_rating r JOIN assessment a ON a.id = r.assessment_id
  WHERE a.held_on <= $1 AND a.published_at <= now() AND (a.withdrawn_at IS NULL OR a.withdrawn_at > now())
    AND COALESCE(r.platform_id, a.platform_id) IS NULL
  ORDER BY a.province_id, r.value_id, a.held_on DESC, a.published_at DESC, r.id DESC
)
SELECT 1 AS kind, b.code, b.name, pl.id AS col_id, pl.slug AS col, ls.status, ls.comments_enabled, ls.engagement,
       ls.purposes, ls.paid_content, ls.valid_from
FROM province b CROSS JOIN platform pl
LEFT JOIN latest_status ls ON ls.province_id = b.id AND ls.platform_id = pl.id
UNION ALL
SELECT 2, b.code, b.name, v.id, v.slug, lr.impact, NULL, NULL, NULL, NULL, NULL
FROM province b CROSS JOIN value v
LEFT JOIN latest_rating lr ON lr.province_id = b.id AND lr.value_id = v.id
ORDER BY kind, code, col_id`;

export interface FloorRow {
  kind: number;
  code: string;
  name: string;
  col: string;
  status: string | null;
  comments_enabled: boolean | null;
  engagement: boolean | null;
  purposes: string[] | null;
  paid_content: string | null;
  valid_from: string | null;
}

interface StatusCellOut {
  platform: { slug: string };
  status: string;
  commentsEnabled: boolean | null;
  engagement: boolean | null;
  purposes: string[];
  paidContent: string | null;
  validFrom: string | null;
}
interface ValueCellOut {
  value: { slug: string };
  impact: string;
}
interface Row<C> {
  province: { code: string; name: string };
  cells: C[];
}
export interface Answer {
  statusMatrix: { rows: Array<Row<StatusCellOut>> };
  valueMatrix: { rows: Array<Row<ValueCellOut>> };
}

/** The floor's rows in the GraphQL answer's shape (what a hand-written endpoint would send). */
export function floorAnswer(rows: FloorRow[]): Answer {
  const statusRows: Array<Row<StatusCellOut>> = [];
  const valueRows: Array<Row<ValueCellOut>> = [];
  let statusRow: Row<StatusCellOut> | undefined;
  let valueRow: Row<ValueCellOut> | undefined;
  for (const r of rows) {
    if (r.kind === 1) {
      if (statusRow?.province.code !== r.code)
        statusRows.push((statusRow = { province: { code: r.code, name: r.name }, cells: [] }));
      statusRow.cells.push({
        platform: { slug: r.col },
        status: r.status ?? "UNKNOWN",
        commentsEnabled: r.comments_enabled,
        engagement: r.engagement,
        purposes: r.purposes ?? [],
        paidContent: r.paid_content,
        validFrom: r.valid_from,
      });
    } else {
      if (valueRow?.province.code !== r.code)
        valueRows.push((valueRow = { province: { code: r.code, name: r.name }, cells: [] }));
      valueRow.cells.push({ value: { slug: r.col }, impact: r.status ?? "UNKNOWN" });
    }
  }
  return { statusMatrix: { rows: statusRows }, valueMatrix: { rows: valueRows } };
}

/** Every cell of an answer as one line, in answer order. */
export function cellsOf(answer: Answer): string[] {
  const lines: string[] = [];
  for (const row of answer.statusMatrix.rows) {
    for (const c of row.cells) {
      lines.push(
        [
          "S",
          row.province.code,
          row.province.name,
          c.platform.slug,
          c.status,
          c.commentsEnabled,
          c.engagement,
          c.purposes.join("+"),
          c.paidContent,
          c.validFrom,
        ].join("|"),
      );
    }
  }
  for (const row of answer.valueMatrix.rows) {
    for (const c of row.cells)
      lines.push(["V", row.province.code, row.province.name, c.value.slug, c.impact].join("|"));
  }
  return lines;
}
