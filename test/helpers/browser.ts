import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/**
 * Headless Debian Chromium driven by playwright-core (no browser download: `.ci/run` installs Debian's `chromium`).
 * The flags keep Chromium off the network: this machine reaches nothing but loopback, and Chromium's background
 * services would otherwise try Google's hosts at every start.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** What a page did that a test must see: console errors, page errors and requests to anything but loopback. */
export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  offLoopbackRequests: string[];
}

const LOOPBACK = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

/**
 * A new context whose pages are watched: every request that does not go to a loopback address is aborted and
 * recorded, console errors and uncaught page errors are recorded.
 */
export async function watchedContext(browser: Browser): Promise<{ context: BrowserContext; watch: PageWatch }> {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], offLoopbackRequests: [] };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (LOOPBACK.test(url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    watch.offLoopbackRequests.push(url);
    return route.abort();
  });
  context.on("page", (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error") watch.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  });
  return { context, watch };
}
