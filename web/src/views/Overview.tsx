import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { StatusMatrixQuery } from "../gql/graphql";
import { useApp } from "../app-context";
import { formatDate, provinceCount } from "../format";
import { listParam, setParams, toggleListItem, type Route } from "../route";
import { REPLIES_OFF, STATUS_LETTER, STATUS_ORDER } from "../status";
import { CsvLink, DatePickers, Failure, Loading, datesOf } from "./common";
import { CellDetail } from "./CellDetail";
import { SummaryChart } from "./SummaryChart";

const StatusMatrix = graphql(`
  query StatusMatrix($asOf: Date, $knownAt: DateTime, $platforms: [String!], $statuses: [ComparisonStatus!]) {
    platforms {
      slug
      name
    }
    statusMatrix(asOf: $asOf, knownAt: $knownAt, platforms: $platforms, statuses: $statuses) {
      asOf
      knownAt
      platforms {
        slug
        name
      }
      rows {
        province {
          code
          name
        }
        cells {
          status
          statusLabel
          commentsEnabled
          validFrom
          validFromPrecision
          matches
        }
      }
    }
    platformSummary(asOf: $asOf, knownAt: $knownAt, platforms: $platforms) {
      provinceCount
      rows {
        platform {
          slug
          name
        }
        commentsDisabled
        counts {
          status
          statusLabel
          count
        }
      }
    }
  }
`);

type Matrix = StatusMatrixQuery["statusMatrix"];

export function Overview({ route }: { route: Route }) {
  const { label, liveVersion } = useApp();
  const { asOf, knownAt } = datesOf(route);
  const platforms = listParam(route.params, "platforms");
  const statuses = listParam(route.params, "statuses");
  const [result, reexecute] = useQuery({
    query: StatusMatrix,
    variables: {
      asOf,
      knownAt,
      platforms: platforms.length ? platforms : undefined,
      statuses: statuses.length ? (statuses as never) : undefined,
    },
  });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const selected = route.path[1] && route.path[2] ? { code: route.path[1], platform: route.path[2] } : undefined;
  const data = result.data;
  return (
    <>
      <h1 className="utrecht-heading-1">Overzicht: aanwezigheid per provincie en platform</h1>
      <p className="utrecht-paragraph">
        De status van elke provincie op elk platform op {formatDate(asOf)}
        {knownAt ? `, zoals het register was op het gekozen moment` : ""}. Kies een cel voor de details en de bron.
      </p>
      <form className="dash-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <DatePickers route={route} />
        <fieldset className="utrecht-form-fieldset dash-checks">
          <legend className="utrecht-form-label">Platforms</legend>
          {(data?.platforms ?? []).map((p) => (
            <label key={p.slug} className="utrecht-form-label utrecht-form-label--checkbox">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={platforms.includes(p.slug)}
                onChange={(e) => setParams(route, { platforms: toggleListItem(platforms, p.slug, e.target.checked) })}
              />{" "}
              {p.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="utrecht-form-fieldset dash-checks">
          <legend className="utrecht-form-label">Status</legend>
          {STATUS_ORDER.map((s) => (
            <label key={s} className="utrecht-form-label utrecht-form-label--checkbox">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={statuses.includes(s)}
                onChange={(e) => setParams(route, { statuses: toggleListItem(statuses, s, e.target.checked) })}
              />{" "}
              {label("ComparisonStatus", s)}
            </label>
          ))}
        </fieldset>
      </form>
      <p className="dash-actions">
        <CsvLink
          path="status-matrix.csv"
          params={{ asOf, knownAt, platforms: platforms.join(","), statuses: statuses.join(",") }}
        />
      </p>
      <Legend />
      {result.error && <Failure error={result.error} />}
      {!data && result.fetching && <Loading what="Het overzicht" />}
      {data && (
        <>
          <Grid matrix={data.statusMatrix} route={route} selected={selected} />
          {selected && (
            <CellDetail
              code={selected.code}
              platform={selected.platform}
              asOf={asOf}
              knownAt={knownAt}
              onClose={() => {
                window.location.hash = `#/overzicht${route.params.size ? `?${route.params}` : ""}`;
              }}
            />
          )}
          <SummaryChart summary={data.platformSummary} />
        </>
      )}
    </>
  );
}

function Legend() {
  const { label } = useApp();
  return (
    <ul className="dash-legend" aria-label="Legenda">
      {STATUS_ORDER.map((s) => (
        <li key={s}>
          <span className={`dash-cell dash-s-${s}`} aria-hidden="true">
            {STATUS_LETTER[s]}
          </span>{" "}
          {label("ComparisonStatus", s)}
        </li>
      ))}
      <li>
        <span className="dash-cell dash-s-UNKNOWN" aria-hidden="true">
          {REPLIES_OFF}
        </span>{" "}
        reacties uitgezet
      </li>
    </ul>
  );
}

/** Rows rendered per frame: a large matrix (420 bodies x 20 platforms) is drawn in slices, never in one long task. */
const ROWS_PER_FRAME = 40;

function useProgressive(total: number, key: unknown): number {
  const [shown, setShown] = useState(Math.min(total, ROWS_PER_FRAME));
  useEffect(() => {
    setShown(Math.min(total, ROWS_PER_FRAME));
    let frame = 0;
    const step = () => {
      setShown((n) => {
        const next = Math.min(total, n + ROWS_PER_FRAME);
        if (next < total) frame = requestAnimationFrame(step);
        return next;
      });
    };
    if (total > ROWS_PER_FRAME) frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [total, key]);
  return shown;
}

function Grid({
  matrix,
  route,
  selected,
}: {
  matrix: Matrix;
  route: Route;
  selected?: { code: string; platform: string };
}) {
  const shown = useProgressive(matrix.rows.length, matrix);
  const tableRef = useRef<HTMLTableElement>(null);
  const open = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    if (!target) return;
    const [code, platform] = target.dataset.cell!.split("/");
    window.location.hash = `#/overzicht/${code}/${platform}${route.params.size ? `?${route.params}` : ""}`;
  };
  // One tab stop for the whole grid (roving tabindex): the arrow keys, Home and End move between the cells, Enter or
  // Space opens one. Thousands of cells (scale 35) would otherwise be thousands of Tab presses.
  const move = (event: KeyboardEvent) => {
    const from = (event.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    if (!from || !tableRef.current) return;
    let r = Number(from.dataset.r);
    let c = Number(from.dataset.c);
    const lastCol = matrix.platforms.length - 1;
    if (event.key === "ArrowRight") c = Math.min(lastCol, c + 1);
    else if (event.key === "ArrowLeft") c = Math.max(0, c - 1);
    else if (event.key === "ArrowDown") r = Math.min(shown - 1, r + 1);
    else if (event.key === "ArrowUp") r = Math.max(0, r - 1);
    else if (event.key === "Home") c = 0;
    else if (event.key === "End") c = lastCol;
    else return;
    event.preventDefault();
    const to = tableRef.current.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
    if (!to || to === from) return;
    from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  };
  const platforms = matrix.platforms;
  const selectedKey = selected ? `${selected.code}/${selected.platform}` : "";
  const rows = useMemo(() => matrix.rows.slice(0, shown), [matrix, shown]);
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline dash-grid-wrap">
      <table
        ref={tableRef}
        className="utrecht-table utrecht-table--html-table dash-grid"
        onClick={open}
        onKeyDown={move}
        aria-describedby="grid-keys"
        data-rows={matrix.rows.length}
        data-rendered={shown}
      >
        <caption className="utrecht-table__caption">
          Status op {formatDate(matrix.asOf)} ({provinceCount(matrix.rows.length)})
          <span id="grid-keys" className="dash-hint">
            {" "}
            Pijltjestoetsen: naar een andere cel; Enter: details.
          </span>
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Provincie
            </th>
            {platforms.map((p) => (
              <th key={p.slug} className="utrecht-table__header-cell" scope="col">
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, r) => (
            <GridRow key={row.province.code} row={row} index={r} platforms={platforms} selectedKey={selectedKey} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const GridRow = memo(function GridRow({
  row,
  index,
  platforms,
  selectedKey,
}: {
  row: Matrix["rows"][number];
  index: number;
  platforms: Matrix["platforms"];
  selectedKey: string;
}) {
  return (
    <tr className="utrecht-table__row">
      <th className="utrecht-table__header-cell" scope="row">
        {row.province.name}
      </th>
      {row.cells.map((cell, i) => {
        const platform = platforms[i];
        const key = `${row.province.code}/${platform.slug}`;
        const since = cell.validFrom ? ` sinds ${formatDate(cell.validFrom, cell.validFromPrecision)}` : "";
        const off = cell.commentsEnabled === false;
        return (
          <td key={platform.slug} className="utrecht-table__cell dash-td">
            <button
              type="button"
              data-cell={key}
              data-r={index}
              data-c={i}
              tabIndex={index === 0 && i === 0 ? 0 : -1}
              className={`dash-cell dash-s-${cell.status}${cell.matches ? "" : " dash-nomatch"}`}
              aria-label={`${row.province.name}, ${platform.name}: ${cell.statusLabel}${since}${off ? ", reacties uitgezet" : ""}`}
              aria-pressed={selectedKey === key}
              title={`${cell.statusLabel}${since}`}
            >
              {STATUS_LETTER[cell.status]}
              {off ? REPLIES_OFF : ""}
            </button>
          </td>
        );
      })}
    </tr>
  );
});
