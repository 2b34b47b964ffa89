import { useMemo, useState, type FormEvent } from "react";
import { Provider, useQuery, type CombinedError } from "urql";
import { graphql } from "./gql";
import { createGraphqlClient } from "./client";
import { readToken, saveToken } from "./session";
import { AppContext, type AppState, type ViewerInfo } from "./app-context";
import { useLive } from "./live";
import { formatClock } from "./format";
import { ErrorMessage, SIGNED_OUT_REFUSED, fromCombinedError } from "./messages";
import { hrefFor, useRoute } from "./route";
import { Overview } from "./views/Overview";
import { ProvinceView } from "./views/Province";
import { ValuesView } from "./views/Values";
import { FrameworksView } from "./views/Frameworks";
import { ChangesView } from "./views/Changes";
import { ExitCriteriaView } from "./views/ExitCriteria";
import { Loading } from "./views/common";

const Shell = graphql(`
  query Shell {
    enumLabels {
      enum
      value
      label
    }
    viewer {
      authenticated
      role
      apiClient {
        name
      }
      province {
        code
        name
      }
    }
  }
`);

const VIEWS: Array<{ path: string; title: string }> = [
  { path: "overzicht", title: "Overzicht" },
  { path: "provincie", title: "Provincie" },
  { path: "waarden", title: "Waarden" },
  { path: "kaders", title: "Kaders" },
  { path: "exitcriteria", title: "Exitcriteria" },
  { path: "wijzigingen", title: "Wijzigingen" },
];

export function App() {
  const [token, setToken] = useState(readToken);
  // Set when the API refused the token (401 / UNAUTHENTICATED) and the dashboard signed out by itself.
  const [refused, setRefused] = useState(false);
  const client = useMemo(
    () =>
      createGraphqlClient(token, () =>
        // After the current render (a result can arrive while React renders); only while this token is still the
        // one in use (a late answer to an older token's request signs nobody out).
        queueMicrotask(() => {
          if (readToken() !== token) return;
          saveToken(undefined);
          setToken(undefined);
          setRefused(true);
        }),
      ),
    [token],
  );
  return (
    <Provider value={client}>
      <Dashboard
        token={token}
        refused={refused}
        onToken={(t) => {
          saveToken(t);
          setToken(t);
          setRefused(false);
        }}
      />
    </Provider>
  );
}

function Dashboard({
  token,
  refused,
  onToken,
}: {
  token?: string;
  refused: boolean;
  onToken(token: string | undefined): void;
}) {
  const route = useRoute();
  const [shell] = useQuery({ query: Shell });
  // The socket opens once the shell answered: with a refused token (401) there is none.
  const live = useLive(token, Boolean(shell.data) && (!token || Boolean(shell.data?.viewer?.authenticated)));
  // The last Dutch labels received: kept while the shell is asked again (after signing in or out), so that no enum
  // code (ACTIVE, NOT_PRESENT) flashes by meanwhile.
  const [enumLabels, setEnumLabels] = useState(shell.data?.enumLabels);
  if (shell.data?.enumLabels && shell.data.enumLabels !== enumLabels) setEnumLabels(shell.data.enumLabels);
  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const l of enumLabels ?? []) map.set(`${l.enum}.${l.value}`, l.label);
    return map;
  }, [enumLabels]);
  const v = shell.data?.viewer;
  const viewer: ViewerInfo = {
    authenticated: Boolean(v?.authenticated),
    name: v?.apiClient?.name,
    role: v?.role,
    provinceCode: v?.province?.code,
    provinceName: v?.province?.name,
  };
  const state: AppState = {
    label: (e, value) => (value ? (labels.get(`${e}.${value}`) ?? value) : ""),
    viewer,
    liveVersion: live.version,
  };
  // The views wait for the first answer (the labels, or an error to show in Dutch), and stay mounted after that.
  const ready = Boolean(enumLabels || shell.error);
  const view = route.path[0];
  const current = VIEWS.find((x) => x.path === view) ?? VIEWS[0];
  return (
    <AppContext.Provider value={state}>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud" onClick={skipToMain}>
        Naar de inhoud
      </a>
      <div className="utrecht-page">
        <header className="utrecht-page-header dash-header">
          <p className="utrecht-heading-2 dash-title">Sociale media van de provincies</p>
          <nav className="utrecht-nav-bar" aria-label="Weergaven">
            <ul className="dash-nav">
              {VIEWS.map((x) => (
                <li key={x.path}>
                  <a
                    className="utrecht-link"
                    href={hrefFor([x.path], keepDates(route.params))}
                    aria-current={x.path === current.path ? "page" : undefined}
                  >
                    {x.title}
                  </a>
                </li>
              ))}
              <li>
                <a className="utrecht-link" href="/explorer">
                  GraphQL-verkenner
                </a>
              </li>
            </ul>
          </nav>
          <SignIn
            viewer={viewer}
            label={state.label}
            token={token}
            refused={refused}
            onToken={onToken}
            error={shell.error}
          />
          <p className="utrecht-paragraph dash-live" role="status" aria-live="polite">
            {live.updatedAt
              ? `Bijgewerkt om ${formatClock(live.updatedAt)}`
              : live.state === "unavailable"
                ? "Live bijwerken niet beschikbaar"
                : ""}
          </p>
        </header>
        <main className="utrecht-page-content" id="inhoud" tabIndex={-1}>
          {!ready && <Loading what="Het dashboard" />}
          {ready && current.path === "overzicht" && <Overview route={route} />}
          {ready && current.path === "provincie" && <ProvinceView route={route} />}
          {ready && current.path === "waarden" && <ValuesView route={route} />}
          {ready && current.path === "kaders" && <FrameworksView route={route} />}
          {ready && current.path === "exitcriteria" && <ExitCriteriaView route={route} />}
          {ready && current.path === "wijzigingen" && <ChangesView route={route} />}
        </main>
        <footer className="dash-footer">
          <p className="utrecht-paragraph">
            Alle gegevens komen uit de openbare GraphQL-API (<code>/graphql</code>) en de CSV-exports; elk feit noemt
            zijn bron. Onbekend betekent: niets vastgelegd, nooit een schatting.
          </p>
        </footer>
      </div>
    </AppContext.Provider>
  );
}

function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById("inhoud")?.focus();
}

/** The dates chosen in one view carry over to the others. */
function keepDates(params: URLSearchParams): Record<string, string | undefined> {
  return { asOf: params.get("asOf") ?? undefined, knownAt: params.get("knownAt") ?? undefined };
}

function SignIn(props: {
  viewer: ViewerInfo;
  label: AppState["label"];
  token?: string;
  refused: boolean;
  onToken(token: string | undefined): void;
  error?: CombinedError;
}) {
  const [draft, setDraft] = useState("");
  const { viewer } = props;
  if (props.token && viewer.authenticated) {
    return (
      <div className="dash-signin">
        <p className="utrecht-paragraph" data-testid="viewer">
          Aangemeld als <strong>{viewer.name}</strong> ({props.label("Role", viewer.role)}
          {viewer.provinceName ? `, ${viewer.provinceName}` : ""})
        </p>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => props.onToken(undefined)}
        >
          Afmelden
        </button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) props.onToken(draft.trim());
    setDraft("");
  };
  return (
    <form className="dash-signin" onSubmit={submit}>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="token">
          Token (om te bewerken)
        </label>
        <input
          id="token"
          className="utrecht-textbox utrecht-textbox--html-input"
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        Aanmelden
      </button>
      {props.refused && !props.token ? (
        <div className="utrecht-alert utrecht-alert--warning dash-signin-error" role="alert" data-testid="signed-out">
          <p className="utrecht-paragraph">{SIGNED_OUT_REFUSED}</p>
        </div>
      ) : null}
      {props.token && props.error ? (
        <div className="dash-signin-error" data-testid="signin-error">
          <ErrorMessage error={fromCombinedError(props.error)} alert />
          <button type="button" className="utrecht-link-button" onClick={() => props.onToken(undefined)}>
            Afmelden
          </button>
        </div>
      ) : null}
    </form>
  );
}
