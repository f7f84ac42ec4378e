/**
 * axe-core (the npm package, never a download) run inside the page under test: its script is evaluated through
 * the DevTools protocol, which the page's Content-Security-Policy does not govern.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./browser";

const AXE = readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
export const AXE_VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, "node_modules", "axe-core", "package.json"), "utf8")) as { version: string }
).version;

export interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  nodes: string[];
}

/** The rules the issue found broken: each must pass, whatever its impact. */
export const REQUIRED_RULES = [
  "label-content-name-mismatch",
  "landmark-one-main",
  "region",
  "heading-order",
  "aria-valid-attr-value",
  "page-has-heading-one",
];

/** Every axe rule (WCAG 2.0-2.2 A and AA, and best practices) over the whole page; the violations found. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(AXE);
  // Colours are judged at rest: a button that just left its busy state may still be fading back.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: AxeViolation["impact"]; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(
      // Fluent UI's focus manager (tabster) puts <i tabindex="0" aria-hidden="true" data-tabster-dummy> guards
      // at the edges of focus groups: they take Tab for an instant and hand focus on, and are hidden from
      // screen readers on purpose. axe's aria-hidden-focus reads them as focusable hidden content; they are
      // Fluent's own, not the pane's, so they (and only they) are left out.
      { include: [["html"]], exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } },
    );
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
}

/** The serious and critical ones: what the pane must have none of. */
export const serious = (violations: readonly AxeViolation[]) =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");
