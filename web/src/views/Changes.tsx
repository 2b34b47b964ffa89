import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { ChangesQuery } from "../gql/graphql";
import { useApp } from "../app-context";
import { dateHint, formatDate, formatInstant, instantHint, localToInstant, todayInNetherlands } from "../format";
import { setParams, type Route } from "../route";
import { Failure, Loading, SourceOf } from "./common";

const Changes = graphql(`
  query Changes($from: Date!, $to: Date!, $knownAt: DateTime) {
    changesBetween(from: $from, to: $to, knownAt: $knownAt) {
      from
      to
      changes {
        province {
          code
          name
        }
        platform {
          slug
          name
        }
        before {
          status
          statusLabel
        }
        after {
          status
          statusLabel
        }
        changedFields
        observed
        changedBy {
          validFrom
          validFromPrecision
          recordedAt
          recordedBy
          reason
          statedBy
          source {
            title
            url
          }
        }
      }
    }
  }
`);

const StatusChanges = graphql(`
  query StatusChanges($from: Date, $to: Date, $knownAt: DateTime, $after: String) {
    statusChanges(first: 20, after: $after, filter: { validFrom: { from: $from, to: $to }, knownAt: $knownAt }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        statusLabel
        validFrom
        validFromPrecision
        recordedAt
        recordedBy
        reason
        statedBy
        source {
          title
          url
        }
        presence {
          province {
            name
          }
          platform {
            name
          }
        }
      }
    }
  }
`);

const FIELD_LABEL: Record<string, string> = {
  status: "status",
  commentsEnabled: "reacties",
  engagement: "interactie",
  purposes: "doelen",
  paidContent: "betaalde inhoud",
};

type Change = ChangesQuery["changesBetween"]["changes"][number];

/** `changesBetween` two dates and the paged `statusChanges`, as a meeting-ready list. */
export function ChangesView({ route }: { route: Route }) {
  const { liveVersion } = useApp();
  const from = route.params.get("from") || "2025-01-01";
  const to = route.params.get("to") || todayInNetherlands();
  const knownAt = localToInstant(route.params.get("knownAt") ?? undefined);
  const [result, reexecute] = useQuery({ query: Changes, variables: { from, to, knownAt } });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const changes = result.data?.changesBetween.changes;
  return (
    <>
      <h1 className="utrecht-heading-1">Wijzigingen</h1>
      <form className="dash-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Periode">
        <div className="dash-filters">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="from">
              Van
            </label>
            <input
              id="from"
              type="date"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={from}
              aria-describedby="from-hint"
              onChange={(e) => setParams(route, { from: e.target.value })}
            />
            <p className="utrecht-form-field-description" id="from-hint">
              {dateHint(from)}
            </p>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="to">
              Tot en met
            </label>
            <input
              id="to"
              type="date"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={to}
              aria-describedby="to-hint"
              onChange={(e) => setParams(route, { to: e.target.value })}
            />
            <p className="utrecht-form-field-description" id="to-hint">
              {dateHint(to)}
            </p>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="knownAt">
              Zoals bekend op
            </label>
            <input
              id="knownAt"
              type="datetime-local"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={route.params.get("knownAt") ?? ""}
              aria-describedby="knownAt-hint"
              onChange={(e) => setParams(route, { knownAt: e.target.value })}
            />
            <p className="utrecht-form-field-description" id="knownAt-hint">
              {instantHint(route.params.get("knownAt") ?? undefined) ?? "Leeg: zoals het register nu is."}
            </p>
          </div>
        </div>
      </form>
      <p className="dash-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!changes}
          onClick={() => changes && void downloadCsv(changes, from, to)}
        >
          Download als CSV
        </button>
      </p>
      <h2 className="utrecht-heading-2">
        Veranderd tussen {formatDate(from)} en {formatDate(to)}
      </h2>
      {result.error && <Failure error={result.error} />}
      {!result.data && !result.error && <Loading what="De wijzigingen" />}
      {changes && changes.length === 0 && <p className="utrecht-paragraph">Geen wijzigingen in deze periode.</p>}
      {changes && changes.length > 0 && (
        <ol className="utrecht-ordered-list dash-changes" data-testid="changes">
          {changes.map((c) => (
            <li key={`${c.province.code}/${c.platform.slug}`} className="utrecht-ordered-list__item">
              <strong>
                {c.province.name}, {c.platform.name}
              </strong>
              : {c.before.statusLabel} → {c.after.statusLabel}
              {c.observed
                ? " (ergens in de periode; de precieze dag is onbekend)"
                : ` per ${formatDate(c.changedBy.validFrom, c.changedBy.validFromPrecision)}`}
              {c.changedFields.some((f) => f !== "status")
                ? ` — gewijzigd: ${c.changedFields.map((f) => FIELD_LABEL[f] ?? f).join(", ")}`
                : ""}
              {c.changedBy.reason ? `. ${c.changedBy.reason}` : ""}{" "}
              <span className="dash-since">
                (bron: <SourceOf source={c.changedBy.source} statedBy={c.changedBy.statedBy} />)
              </span>
            </li>
          ))}
        </ol>
      )}
      <h2 className="utrecht-heading-2">Alle statuswijzigingen in de periode</h2>
      <StatusChangePages from={from} to={to} knownAt={knownAt} liveVersion={liveVersion} />
    </>
  );
}

/** Pages of `statusChanges` (20 at a time, "meer laden" follows `endCursor`). */
function StatusChangePages(props: { from: string; to: string; knownAt?: string; liveVersion: number }) {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const key = `${props.from}|${props.to}|${props.knownAt}`;
  const [lastKey, setLastKey] = useState(key);
  if (key !== lastKey) {
    setLastKey(key);
    setCursors([undefined]);
  }
  return (
    <ol className="utrecht-ordered-list dash-changes" data-testid="status-changes">
      {cursors.map((after, i) => (
        <StatusChangePage
          key={after ?? "first"}
          {...props}
          after={after}
          last={i === cursors.length - 1}
          onMore={(cursor) => setCursors([...cursors, cursor])}
        />
      ))}
    </ol>
  );
}

function StatusChangePage(props: {
  from: string;
  to: string;
  knownAt?: string;
  after?: string;
  last: boolean;
  liveVersion: number;
  onMore(cursor: string): void;
}) {
  const [result, reexecute] = useQuery({
    query: StatusChanges,
    variables: { from: props.from, to: props.to, knownAt: props.knownAt, after: props.after },
  });
  useEffect(() => {
    if (props.liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [props.liveVersion, reexecute]);
  const page = result.data?.statusChanges;
  if (result.error) return <li>{result.error.message}</li>;
  if (!page) return <li>laden…</li>;
  return (
    <>
      {page.nodes.map((s) => (
        <li key={s.id} className="utrecht-ordered-list__item">
          {formatDate(s.validFrom, s.validFromPrecision)}: <strong>{s.presence.province.name}</strong> op{" "}
          {s.presence.platform.name}: {s.statusLabel}
          {s.reason ? ` — ${s.reason}` : ""}{" "}
          <span className="dash-since">
            (vastgelegd {formatInstant(s.recordedAt)} door {s.recordedBy}; bron:{" "}
            <SourceOf source={s.source} statedBy={s.statedBy} />)
          </span>
        </li>
      ))}
      {page.totalCount === 0 && <li>Geen statuswijzigingen in deze periode.</li>}
      {props.last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <li className="dash-more">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => props.onMore(page.pageInfo.endCursor!)}
          >
            Meer laden ({page.totalCount} in totaal)
          </button>
        </li>
      )}
    </>
  );
}

const FORMULA_START = /(^|[\r\n])(?=[ \u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212])/g;

/**
 * The service has no CSV export of `changesBetween`: the list shown is written as CSV in the browser (papaparse, loaded
 * only when asked), with the same Dutch column style as the /export routes.
 */
async function downloadCsv(changes: Change[], from: string, to: string) {
  const { default: Papa } = await import("papaparse");
  const rows = changes.map((c) => ({
    Provincie: c.province.name,
    "CBS-code": c.province.code,
    Platform: c.platform.name,
    Voor: c.before.statusLabel,
    Na: c.after.statusLabel,
    "Geldig vanaf": c.changedBy.validFrom,
    "Dag onbekend": c.observed ? "ja" : "nee",
    "Gewijzigde velden": c.changedFields.join(", "),
    Reden: c.changedBy.reason ?? "",
    Bron: c.changedBy.source?.title ?? "",
    "Verklaard door": c.changedBy.statedBy ?? "",
    "Vastgelegd op": c.changedBy.recordedAt,
  }));
  // The same guard as the service's exports (src/api/csv/export.router.ts, neutraliseFormula): every field quoted,
  // and text a spreadsheet would run as a formula (also per line, after spaces, full-width look-alikes) gets a `'`.
  const guarded = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.replace(FORMULA_START, "$1'")])),
  );
  const csv = Papa.unparse(guarded, { quotes: true, newline: "\r\n" });
  const url = URL.createObjectURL(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `wijzigingen-${from}-${to}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
