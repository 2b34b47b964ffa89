import { useEffect, useRef } from "react";
import type { StatusMatrixQuery } from "../gql/graphql";
import { STATUS_COLOUR, STATUS_ORDER } from "../status";
import { useApp } from "../app-context";

type Summary = StatusMatrixQuery["platformSummary"];

/**
 * Per platform the counts of `platformSummary`: a stacked bar chart (Observable Plot, loaded after the first paint so
 * that it does not count against the first load) and the same numbers as a table for screen readers and keyboards.
 */
export function SummaryChart({ summary }: { summary: Summary }) {
  const { label } = useApp();
  const chart = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    void import("@observablehq/plot").then((Plot) => {
      if (cancelled || !chart.current) return;
      const data = summary.rows.flatMap((r) =>
        r.counts.map((c) => ({ platform: r.platform.name, status: c.statusLabel, key: c.status, count: c.count })),
      );
      const svg = Plot.plot({
        marginLeft: 90,
        height: 30 + summary.rows.length * 24,
        width: 640,
        x: { label: "Aantal provincies", grid: true },
        y: { label: null, domain: summary.rows.map((r) => r.platform.name) },
        color: {
          domain: STATUS_ORDER.map((s) => label("ComparisonStatus", s)),
          range: STATUS_ORDER.map((s) => STATUS_COLOUR[s]),
          legend: true,
        },
        marks: [
          Plot.barX(data, { x: "count", y: "platform", fill: "status", stroke: "#555", strokeWidth: 0.5 }),
          Plot.ruleX([0]),
        ],
        ariaLabel: "Aantal provincies per status, per platform",
        ariaDescription: "De tabel hieronder geeft dezelfde aantallen.",
      });
      // One image for assistive technology (its numbers are in the table below): Plot labels its inner groups,
      // which axe reports as prohibited on a role-less <g>.
      for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
      // The legend's swatches are decoration beside their text.
      for (const s of svg instanceof SVGSVGElement ? [svg] : svg.querySelectorAll("svg"))
        if (s.hasAttribute("aria-label")) s.setAttribute("role", "img");
        else s.setAttribute("aria-hidden", "true");
      chart.current.replaceChildren(svg);
    });
    return () => {
      cancelled = true;
    };
  }, [summary, label]);
  return (
    <section aria-labelledby="summary-title">
      <h2 className="utrecht-heading-2" id="summary-title">
        Per platform
      </h2>
      <div ref={chart} className="dash-chart" />
      <div className="utrecht-table-container utrecht-table-container--overflow-inline">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">
            Aantal provincies per status ({summary.provinceCount} in totaal)
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                Platform
              </th>
              {STATUS_ORDER.map((s) => (
                <th key={s} className="utrecht-table__header-cell" scope="col">
                  {label("ComparisonStatus", s)}
                </th>
              ))}
              <th className="utrecht-table__header-cell" scope="col">
                Reacties uitgezet
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {summary.rows.map((r) => (
              <tr key={r.platform.slug} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {r.platform.name}
                </th>
                {STATUS_ORDER.map((s) => (
                  <td key={s} className="utrecht-table__cell utrecht-table__cell--numeric-column">
                    {r.counts.find((c) => c.status === s)?.count ?? 0}
                  </td>
                ))}
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{r.commentsDisabled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
