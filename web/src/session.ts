/**
 * The editor's token: kept in sessionStorage only (gone when the tab closes; never in the URL or localStorage).
 */
const KEY = "smc-dashboard-token";

export function readToken(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveToken(token: string | undefined): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}
