import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * Shared steps of the dashboard's browser tests (test/browser/): open a view by a fresh load, run axe, save a
 * screenshot for the documentation, sign in with a token.
 */
// Browser globals inside page.evaluate callbacks (this file is compiled for Node).
declare const document: any;
declare const window: any;

export const SCREENSHOTS = path.join(__dirname, "..", "..", "docs", "screenshots");

/** A fresh load of the dashboard at a view (not a fragment change in the same document). */
export async function openView(p: Page, baseUrl: string, hash: string): Promise<void> {
  await p.goto("about:blank");
  await p.goto(`${baseUrl}/${hash}`);
  await p.waitForSelector("main h1");
}

/** axe-core on the whole page: no violation. */
export async function expectAccessible(p: Page): Promise<void> {
  const result = await new AxeBuilder({ page: p }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A full-page screenshot into docs/screenshots/NAME.png. */
export async function shoot(p: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // No focus ring in the documentation's pictures; from the top (the skip link is position: fixed far above the
  // viewport, so on a scrolled page a full-page picture would show it).
  await p.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await p.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Pastes a token (`Bearer …` or the bare token) into the header's sign-in form and waits for the viewer line. */
export async function signIn(p: Page, authorization: string): Promise<void> {
  await p.fill("#token", authorization.replace(/^Bearer /, ""));
  await p.click("text=Aanmelden");
  await p.waitForSelector('[data-testid="viewer"]');
}
