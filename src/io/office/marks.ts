import type { Severity } from "../../domain/rules/finding";
import { BudgetedBatch, dataBytes, queueWritableCheck } from "./batch";
import { OfficeError, officeCall, toOfficeError } from "./errors";

/**
 * Invalid cells are marked with conditional formats, which paint over a cell without touching its own
 * formatting: clearing the marks gives the user's sheet back as it was. Each mark is a custom rule whose formula
 * is always true and names this marker, so that clearMarks deletes our rules and no one else's.
 */
export const MARK_TAG = "cchc-mark";

const MARK_COLOURS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** Areas per conditional format: Worksheet.getRanges fails on long multi-area addresses (office-js #5198). */
const AREAS_PER_MARK = 40;

const markFormula = (severity: Severity) => `=ISTEXT("${MARK_TAG}:${severity}")`;

const isMark = (formula: unknown) => typeof formula === "string" && formula.includes(MARK_TAG);

interface Change {
  /** A sheet whose protection (protected, options) was loaded in an earlier sync. */
  ws: Excel.Worksheet;
  /** Queues the change, counting it in the batch (which sends it on when it passes the request budget). */
  queue: (batch: BudgetedBatch) => Promise<void>;
}

/**
 * Makes changes with each sheet's protection lifted around them and put back with the same options: Excel
 * refuses conditional formats on a protected sheet, and our sheets are protected without a password. Few marks
 * go in one request; many go in as many as REQUEST_BUDGET needs. A password-protected sheet still fails, and the
 * error says "protected".
 */
async function changeUnprotected(context: Excel.RequestContext, changes: readonly Change[]): Promise<void> {
  const paused = changes.filter((c) => c.ws.protection.protected);
  const reprotect = () => paused.forEach(({ ws }) => ws.protection.protect(ws.protection.options));
  try {
    const batch = new BudgetedBatch(context);
    for (const { ws } of paused) ws.protection.unprotect();
    for (const { queue } of changes) await queue(batch);
    reprotect();
    await batch.sync();
  } catch (e) {
    if (paused.length === 0) throw e;
    // A batch stops at its first failure: put back a protection it may have lifted. A failure Excel does not
    // name most likely came from unprotecting a sheet that has a password.
    reprotect();
    await context.sync().catch(() => undefined);
    const error = toOfficeError(e);
    throw error.kind === "other" ? new OfficeError("protected", error.detail) : error;
  }
}

/**
 * Marks cells of a sheet (A1 addresses) red for errors or amber for warnings; marks add up until clearMarks.
 * Two syncs for a sheet's usual findings, one more per REQUEST_BUDGET of marks beyond.
 */
export function markCells(
  context: Excel.RequestContext,
  sheetName: string,
  addresses: readonly string[],
  severity: Severity,
): Promise<void> {
  return officeCall(async () => {
    const unique = [...new Set(addresses)];
    if (unique.length === 0) return;
    const ws = context.workbook.worksheets.getItem(sheetName);
    ws.protection.load("protected,options");
    const checkWritable = queueWritableCheck(context, false);
    await context.sync();
    checkWritable();
    const colours = MARK_COLOURS[severity];
    await changeUnprotected(context, [
      {
        ws,
        queue: async (batch) => {
          for (let i = 0; i < unique.length; i += AREAS_PER_MARK) {
            const addresses = unique.slice(i, i + AREAS_PER_MARK).join(",");
            const mark = ws.getRanges(addresses).conditionalFormats.add("Custom");
            mark.custom.rule.formula = markFormula(severity);
            mark.custom.format.fill.color = colours.fill;
            mark.custom.format.font.color = colours.font;
            await batch.queued(4, dataBytes(addresses));
          }
        },
      },
    ]);
  });
}

/** Removes our marks from a sheet, or from every sheet; other conditional formats stay. Three syncs at most. */
export function clearMarks(context: Excel.RequestContext, sheetName?: string): Promise<void> {
  return officeCall(async () => {
    const sheets = context.workbook.worksheets;
    let targets: Excel.Worksheet[];
    if (sheetName === undefined) {
      sheets.load("items/name");
      await context.sync();
      targets = sheets.items;
    } else targets = [sheets.getItem(sheetName)];
    const found = targets.map((ws) => {
      const formats = ws.getRange().conditionalFormats;
      formats.load("items/type,items/customOrNullObject/rule/formula");
      ws.protection.load("protected,options");
      return { ws, formats };
    });
    await context.sync();
    const changes = found.flatMap(({ ws, formats }) => {
      const ours = formats.items.filter(
        (f) => f.type === "Custom" && !f.customOrNullObject.isNullObject && isMark(f.customOrNullObject.rule.formula),
      );
      const queue = async (batch: BudgetedBatch) => {
        for (const f of ours) {
          f.delete();
          await batch.queued(1);
        }
      };
      return ours.length === 0 ? [] : [{ ws, queue }];
    });
    if (changes.length > 0) await changeUnprotected(context, changes);
  });
}

/** Activates a sheet and selects one of its cells (a finding's cell); one sync. */
export function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  return officeCall(async () => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
