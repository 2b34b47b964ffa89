import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { useApp } from "../app-context";
import { formatDate } from "../format";
import type { Route } from "../route";
import { CsvLink, DatePickers, Failure, Loading, SourceOf, datesOf } from "./common";

const ValuesQuery = graphql(`
  query Values($asOf: Date, $knownAt: DateTime) {
    valueSummary(asOf: $asOf, knownAt: $knownAt) {
      provinceCount
      rows {
        value {
          slug
          name
        }
        none
        moderate
        high
        unknown
        ratedCount
        divergence
      }
    }
    valueMatrix(asOf: $asOf, knownAt: $knownAt) {
      asOf
      values {
        slug
        name
      }
      rows {
        province {
          code
          name
        }
        cells {
          impact
          impactLabel
          rating {
            rationale
            statedBy
            source {
              title
              url
            }
          }
          assessment {
            heldOn
            heldOnPrecision
            method
          }
        }
      }
    }
  }
`);

const IMPACT_LETTER: Record<string, string> = { NONE: "G", MODERATE: "M", HIGH: "V", UNKNOWN: "?" };

/** The value matrix and `valueSummary` (values sorted by divergence), a rating's rationale on demand. */
export function ValuesView({ route }: { route: Route }) {
  const { label, liveVersion } = useApp();
  const { asOf, knownAt } = datesOf(route);
  const [result, reexecute] = useQuery({ query: ValuesQuery, variables: { asOf, knownAt } });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const [open, setOpen] = useState<{ row: number; cell: number }>();
  const data = result.data;
  const matrix = data?.valueMatrix;
  // Columns in the summary's order: most divergent first.
  const order = data ? data.valueSummary.rows.map((r) => matrix!.values.findIndex((v) => v.slug === r.value.slug)) : [];
  const chosen =
    open && matrix ? { row: matrix.rows[open.row], cell: matrix.rows[open.row].cells[open.cell] } : undefined;
  return (
    <>
      <h1 className="utrecht-heading-1">Waarden: hoe de provincies platforms beoordelen</h1>
      <p className="utrecht-paragraph">
        Negatieve invloed van sociale media op publieke waarden (Geen, Matig, Veel) volgens de laatste gepubliceerde
        toetsing op {formatDate(asOf)}. Waarden met de meeste onderlinge verschillen staan eerst.
      </p>
      <form className="dash-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <DatePickers route={route} />
      </form>
      <p className="dash-actions">
        <CsvLink path="value-matrix.csv" params={{ asOf, knownAt }} />
      </p>
      {result.error && <Failure error={result.error} />}
      {!data && <Loading what="De waarden" />}
      {data && matrix && (
        <>
          <div className="utrecht-table-container utrecht-table-container--overflow-inline">
            <table className="utrecht-table utrecht-table--html-table" data-testid="value-summary">
              <caption className="utrecht-table__caption">
                Per waarde: aantal provincies per beoordeling en de spreiding
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {[
                    "Waarde",
                    label("Impact", "NONE"),
                    label("Impact", "MODERATE"),
                    label("Impact", "HIGH"),
                    label("ComparisonImpact", "UNKNOWN"),
                    "Spreiding (0–1)",
                  ].map((h) => (
                    <th key={h} className="utrecht-table__header-cell" scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {data.valueSummary.rows.map((r) => (
                  <tr key={r.value.slug} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      {r.value.name}
                    </th>
                    <td className="utrecht-table__cell">{r.none}</td>
                    <td className="utrecht-table__cell">{r.moderate}</td>
                    <td className="utrecht-table__cell">{r.high}</td>
                    <td className="utrecht-table__cell">{r.unknown}</td>
                    <td className="utrecht-table__cell">
                      {r.divergence === null || r.divergence === undefined ? "—" : r.divergence.toLocaleString("nl-NL")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="utrecht-heading-2">Per provincie</h2>
          <p className="utrecht-paragraph">
            G = Geen, M = Matig, V = Veel negatieve invloed, ? = Onbekend. Kies een beoordeling voor de onderbouwing.
          </p>
          <div className="utrecht-table-container utrecht-table-container--overflow-inline">
            <table className="utrecht-table utrecht-table--html-table dash-grid">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Provincie
                  </th>
                  {order.map((i) => (
                    <th key={matrix.values[i].slug} className="utrecht-table__header-cell dash-vertical" scope="col">
                      {matrix.values[i].name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {matrix.rows.map((row, r) => (
                  <tr key={row.province.code} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      {row.province.name}
                    </th>
                    {order.map((i) => {
                      const cell = row.cells[i];
                      return (
                        <td key={i} className="utrecht-table__cell dash-td">
                          <button
                            type="button"
                            className={`dash-cell dash-i-${cell.impact}`}
                            aria-label={`${row.province.name}, ${matrix.values[i].name}: ${cell.impactLabel}`}
                            aria-pressed={open?.row === r && open.cell === i}
                            onClick={() => setOpen({ row: r, cell: i })}
                          >
                            {IMPACT_LETTER[cell.impact]}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {chosen && (
            <section className="dash-detail" aria-live="polite" aria-label="Onderbouwing">
              <h2 className="utrecht-heading-2">
                {chosen.row.province.name}: {matrix.values[open!.cell].name}
              </h2>
              <p className="utrecht-paragraph" data-testid="rationale">
                {chosen.cell.impactLabel}
                {chosen.cell.assessment
                  ? ` — ${chosen.cell.assessment.method}, ${formatDate(chosen.cell.assessment.heldOn, chosen.cell.assessment.heldOnPrecision)}. `
                  : ". Geen gepubliceerde beoordeling. "}
                {chosen.cell.rating?.rationale ?? (chosen.cell.rating ? "Geen onderbouwing vastgelegd." : "")}
              </p>
              {chosen.cell.rating && (
                <p className="utrecht-paragraph">
                  Bron: <SourceOf source={chosen.cell.rating.source} statedBy={chosen.cell.rating.statedBy} />
                </p>
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
