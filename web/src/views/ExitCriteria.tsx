import { useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { mayRecordDevelopments, useApp } from "../app-context";
import { formatDate, provinceCount } from "../format";
import { hrefFor, listParam, setParams, toggleListItem, type Route } from "../route";
import { CsvLink, DatePickers, Failure, Loading, SourceOf, datesOf } from "./common";
import { DevelopmentForm } from "../edit/CommitteeForms";

const ExitCriteriaQuery = graphql(`
  query ExitCriteria($asOf: Date, $knownAt: DateTime, $provinces: [String!], $platforms: [String!]) {
    provinces {
      code
      name
    }
    platforms {
      slug
      name
    }
    exitCriteriaMatrix(asOf: $asOf, knownAt: $knownAt, provinces: $provinces, platforms: $platforms) {
      asOf
      platforms {
        slug
        name
      }
      rows {
        metWhileActive
        province {
          code
          name
        }
        cells {
          status
          statusLabel
          metWhileActive
          criteria {
            allPlatforms
            metWhileActive
            stateLabel
            criterion {
              id
              kindLabel
              description
              adoptedOn
              adoptedOnPrecision
              platform {
                name
              }
              protectedValue {
                name
              }
              statedBy
              source {
                title
                url
              }
            }
            review {
              reviewedOn
              reviewedOnPrecision
              reviewedOnBasis
              note
            }
          }
        }
      }
    }
  }
`);

const Developments = graphql(`
  query Developments {
    developments {
      id
      slug
      title
      description
      occurredOn
      occurredOnPrecision
      provincesInvolved {
        name
      }
      statedBy
      source {
        title
        url
      }
    }
  }
`);

const FLAG = "⚑";

/**
 * Exitcriteria: `exitCriteriaMatrix` (provinces x platforms: the criteria in force with their latest review, flagged
 * where one is MET while the province is still ACTIVE there), the criteria in full, and the developments that IPO and
 * the ethics committee record.
 */
export function ExitCriteriaView({ route }: { route: Route }) {
  const { liveVersion } = useApp();
  const { asOf, knownAt } = datesOf(route);
  const provinces = listParam(route.params, "provinces");
  const platforms = listParam(route.params, "platforms");
  const [result, reexecute] = useQuery({
    query: ExitCriteriaQuery,
    variables: {
      asOf,
      knownAt,
      provinces: provinces.length ? provinces : undefined,
      platforms: platforms.length ? platforms : undefined,
    },
  });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const data = result.data;
  const matrix = data?.exitCriteriaMatrix;
  // Each criterion once, numbered in the order it first appears (a criterion for all platforms is in every column).
  const numbered = new Map<
    string,
    { n: number; row: string; c: NonNullable<typeof matrix>["rows"][number]["cells"][number]["criteria"][number] }
  >();
  for (const row of matrix?.rows ?? [])
    for (const cell of row.cells)
      for (const c of cell.criteria)
        if (!numbered.has(c.criterion.id))
          numbered.set(c.criterion.id, { n: numbered.size + 1, row: row.province.name, c });
  const flagged = (matrix?.rows ?? []).flatMap((row) =>
    row.cells.flatMap((cell, i) =>
      cell.criteria
        .filter((c) => c.metWhileActive)
        .map((c) => ({ province: row.province.name, platform: matrix!.platforms[i].name, c })),
    ),
  );
  return (
    <>
      <h1 className="utrecht-heading-1">Exitcriteria: wanneer vertrekt of komt een provincie?</h1>
      <p className="utrecht-paragraph">
        De exit- en entreecriteria die op {formatDate(asOf)} gelden
        {knownAt ? ", zoals het register was op het gekozen moment" : ""}, per provincie en platform, met hun laatste
        toetsing. {FLAG} betekent: het criterium is vervuld terwijl de provincie nog actief is op dat platform.
      </p>
      <form className="dash-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <DatePickers route={route} />
        <fieldset className="utrecht-form-fieldset dash-checks">
          <legend className="utrecht-form-label">Provincies</legend>
          {(data?.provinces ?? []).map((p) => (
            <label key={p.code} className="utrecht-form-label utrecht-form-label--checkbox">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={provinces.includes(p.code)}
                onChange={(e) => setParams(route, { provinces: toggleListItem(provinces, p.code, e.target.checked) })}
              />{" "}
              {p.name}
            </label>
          ))}
        </fieldset>
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
      </form>
      <p className="dash-actions">
        <CsvLink
          path="exit-criteria-matrix.csv"
          params={{ asOf, knownAt, provinces: provinces.join(","), platforms: platforms.join(",") }}
        />
      </p>
      {result.error && <Failure error={result.error} />}
      {!matrix && !result.error && <Loading what="De exitcriteria" />}
      {matrix && (
        <>
          <div
            className={`utrecht-alert ${flagged.length ? "utrecht-alert--warning" : "utrecht-alert--info"}`}
            data-testid="flagged"
          >
            {flagged.length === 0 ? (
              <p className="utrecht-paragraph">
                Op {formatDate(matrix.asOf)} is geen criterium vervuld op een platform waar de provincie nog actief is.
              </p>
            ) : (
              <div>
                <p className="utrecht-paragraph">
                  <strong>
                    {FLAG} Vervuld terwijl de provincie nog actief is ({flagged.length}):
                  </strong>
                </p>
                <ul className="utrecht-unordered-list">
                  {flagged.map((f, i) => (
                    <li key={i} className="utrecht-unordered-list__item">
                      {f.province} op {f.platform}: criterium {numbered.get(f.c.criterion.id)?.n} (
                      {f.c.criterion.kindLabel.toLowerCase()}) is vervuld
                      {f.c.review
                        ? ` sinds de toetsing van ${formatDate(f.c.review.reviewedOn, f.c.review.reviewedOnPrecision)}`
                        : ""}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <div className="utrecht-table-container utrecht-table-container--overflow-inline">
            <table className="utrecht-table utrecht-table--html-table dash-criteria" data-testid="criteria-matrix">
              <caption className="utrecht-table__caption">
                Criteria per provincie en platform op {formatDate(matrix.asOf)} ({provinceCount(matrix.rows.length)}).
                In elke cel: de status van de provincie op het platform, en per criterium (nummer, zie de lijst
                hieronder) de stand van de laatste toetsing.
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Provincie
                  </th>
                  {matrix.platforms.map((p) => (
                    <th key={p.slug} className="utrecht-table__header-cell" scope="col">
                      {p.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {matrix.rows.map((row) => (
                  <tr key={row.province.code} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      <a className="utrecht-link" href={hrefFor(["provincie", row.province.code], keepDates(route))}>
                        {row.province.name}
                      </a>
                      {row.metWhileActive ? <span className="dash-flag-mark"> {FLAG}</span> : null}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td
                        key={i}
                        className={`utrecht-table__cell${cell.metWhileActive ? " dash-flagged" : ""}${cell.criteria.length ? "" : " dash-muted"}`}
                        data-cell={`${row.province.code}/${matrix.platforms[i].slug}`}
                      >
                        <span className="dash-since">{cell.statusLabel}</span>
                        {cell.criteria.length > 0 && (
                          <ul className="dash-cell-criteria">
                            {cell.criteria.map((c) => (
                              <li key={c.criterion.id}>
                                {numbered.get(c.criterion.id)?.n}. {c.criterion.kindLabel}: {c.stateLabel}
                                {c.metWhileActive ? (
                                  <strong className="dash-flag"> {FLAG} vervuld terwijl actief</strong>
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="utrecht-heading-2">De criteria</h2>
          {numbered.size === 0 ? (
            <p className="utrecht-paragraph">Op {formatDate(matrix.asOf)} geldt geen criterium in deze selectie.</p>
          ) : (
            <ol className="utrecht-ordered-list" data-testid="criteria-list">
              {[...numbered.values()].map(({ n, row, c }) => (
                <li key={n} className="utrecht-ordered-list__item">
                  <strong>{row}</strong>, {c.criterion.kindLabel.toLowerCase()} voor{" "}
                  {c.criterion.platform?.name ?? "alle platforms"}: <q>{c.criterion.description}</q> Vastgesteld{" "}
                  {formatDate(c.criterion.adoptedOn, c.criterion.adoptedOnPrecision)}
                  {c.criterion.protectedValue ? `; beschermt ${c.criterion.protectedValue.name}` : ""}. Laatste
                  toetsing:{" "}
                  {c.review
                    ? `${c.stateLabel} (${formatDate(c.review.reviewedOn, c.review.reviewedOnPrecision)})${c.review.note ? ` — ${c.review.note}` : ""}`
                    : c.stateLabel}
                  . (bron: <SourceOf source={c.criterion.source} statedBy={c.criterion.statedBy} />)
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <DevelopmentsSection />
    </>
  );
}

function keepDates(route: Route): Record<string, string | undefined> {
  return { asOf: route.params.get("asOf") ?? undefined, knownAt: route.params.get("knownAt") ?? undefined };
}

/** The developments IPO and the ethics committee record (`developments`), and their form for the roles that may. */
function DevelopmentsSection() {
  const { viewer, liveVersion } = useApp();
  const [result, reexecute] = useQuery({ query: Developments });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const provinces = useQuery({ query: ProvinceNames })[0].data?.provinces ?? [];
  return (
    <section aria-labelledby="developments-title">
      <h2 className="utrecht-heading-2" id="developments-title">
        Ontwikkelingen (IPO en ethische commissie)
      </h2>
      {result.error && <Failure error={result.error} />}
      {result.data && (
        <ul className="utrecht-unordered-list" data-testid="developments">
          {result.data.developments.map((d) => (
            <li key={d.id} className="utrecht-unordered-list__item">
              <strong>{d.title}</strong> (
              {d.occurredOn ? formatDate(d.occurredOn, d.occurredOnPrecision) : "datum onbekend"}
              {d.provincesInvolved.length ? `; ${d.provincesInvolved.map((p) => p.name).join(", ")}` : ""}).{" "}
              {d.description} (bron: <SourceOf source={d.source} statedBy={d.statedBy} />)
            </li>
          ))}
        </ul>
      )}
      {mayRecordDevelopments(viewer) && <DevelopmentForm provinces={provinces} onSaved={refresh} />}
    </section>
  );
}

const ProvinceNames = graphql(`
  query ProvinceNames {
    provinces {
      code
      name
    }
  }
`);
