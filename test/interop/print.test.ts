import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import { templateWorkbook } from "../../src/io/xlsx/template-workbook";
import { pdfWords, printedRows, type PrintedRow } from "../helpers/pdf-rows";
import { findSoffice, sofficeConvert } from "../helpers/soffice";

/**
 * The periodic form printed through LibreOffice, with the metric-compatible twins of the fonts Excel uses
 * (Liberation Serif for Times New Roman, the cells' font; Carlito for Calibri, the workbook's default font, which
 * sets the column width unit): as many pages as its text needs, every row as tall as its text and no taller.
 */

const soffice = findSoffice();
const family = (font: string) => spawnSync("fc-match", ["-f", "%{family}", font], { encoding: "utf8" }).stdout ?? "";
const hasPdftotext = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
const fonts = family("Times New Roman").includes("Liberation Serif") && family("Calibri").includes("Carlito");
const missing = [
  soffice ? "" : "soffice (libreoffice-calc-nogui)",
  hasPdftotext ? "" : "pdftotext (poppler-utils)",
  fonts ? "" : "fonts-liberation2 and fonts-crosextra-carlito",
].filter(Boolean);
if (missing.length > 0) console.log(`Bỏ qua kiểm thử bản in qua LibreOffice: chưa cài ${missing.join(", ")}.`);
const ready = missing.length === 0 ? describe : describe.skip;

ready("kh-dinhky-pl2 printed through LibreOffice", () => {
  jest.setTimeout(240_000);
  const template = catalog().get("kh-dinhky-pl2")!.template;
  let pages = 0;
  let rows: PrintedRow[] = [];
  let line = 0;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-print-"));
    const file = path.join(dir, "kh-dinhky-pl2.xlsx");
    const unit = "Ban Quản lý Khu du lịch bán đảo Cam Ranh";
    writeFileSync(file, await templateWorkbook([{ template, unit, period: "6 tháng đầu năm 2021" }]));
    const pdf = sofficeConvert(soffice!, file, "pdf");
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
    const words = pdfWords(pdf);
    rows = printedRows(words);
    // One printed line of the cells' font at the scale the page was printed at: the median height of a word.
    const heights = words.map((w) => w.bottom - w.y).sort((a, b) => a - b);
    line = heights[Math.floor(heights.length / 2)];
  });

  it("prints on fewer pages than the 8 it took before rows were sized from their text", () => {
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(7);
  });

  it("prints every row with all of its text, none running into the next row (no row too short)", () => {
    const textRows = template.rows.filter((r) => r.type !== "entries");
    expect(rows.map((r) => r.stt)).toEqual(textRows.map((r) => r.stt));
    textRows.forEach((r, i) => {
      const printed = new Map<string, number>();
      for (const w of rows[i].words) printed.set(w, (printed.get(w) ?? 0) + 1);
      const expected = [r.label, r.unit ?? "", r.reporter ?? ""].join(" ").split(/\s+/).filter(Boolean);
      const lost = expected.filter((w) => {
        const n = printed.get(w) ?? 0;
        printed.set(w, n - 1);
        return n <= 0;
      });
      expect({ row: r.id ?? r.label, lost }).toEqual({ row: r.id ?? r.label, lost: [] });
    });
    // A row too short for its text has its last line drawn over the next row: its text ends below where the next
    // row's first line starts.
    for (const r of rows)
      if (r.nextTop !== undefined)
        expect({ stt: r.stt, overlaps: r.textBottom >= r.nextTop }).toEqual({ stt: r.stt, overlaps: false });
  });

  it("makes no row taller than its text needs", () => {
    // The space between a row's last line and the next row's first. Rows are sized for Excel's columns, which are
    // about 4% narrower than LibreOffice draws them: a text that just wraps in Excel may fit one line fewer here,
    // so a few rows show one spare line. None shows more, and nearly all are tight.
    const gaps = rows.flatMap((r) => (r.nextTop === undefined ? [] : [{ stt: r.stt, gap: r.nextTop - r.textBottom }]));
    expect(gaps.length).toBeGreaterThan(140);
    expect(gaps.filter((g) => g.gap >= 1.5 * line)).toEqual([]);
    const spare = gaps.filter((g) => g.gap >= 0.5 * line);
    expect(spare.length).toBeLessThanOrEqual(Math.ceil(gaps.length * 0.1));
  });
});
