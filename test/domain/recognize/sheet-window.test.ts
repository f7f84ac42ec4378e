import { catalog } from "../../../src/domain/catalog";
import type { Grid, RawCell } from "../../../src/domain/grid";
import { recognizeSheet } from "../../../src/domain/recognize/recognize";
import { MAX_FILLED, readSheet } from "../../../src/domain/recognize/sheet-text";
import { handMade, template, toGrid } from "./sheets";

/** A grid of the given cells ("row,col" -> value) and extent that counts how many cells are read. */
function countingGrid(cells: Map<string, RawCell["value"]>, rowCount: number, colCount: number) {
  let reads = 0;
  const grid: Grid = {
    sheetName: "S",
    rowCount,
    colCount,
    hidden: false,
    cell: (row, col) => {
      reads++;
      return { value: cells.get(`${row},${col}`) ?? null };
    },
  };
  return { grid, reads: () => reads };
}

describe("the window a sheet is read in grows with what it finds", () => {
  it("reads a few thousand cells of a sheet holding only A1 and CV10000, not a million", () => {
    const { grid, reads } = countingGrid(
      new Map<string, RawCell["value"]>([
        ["1,1", "Ghi chú"],
        ["10000,100", 1],
      ]),
      10000,
      100,
    );
    const sheet = readSheet(grid);
    expect(reads()).toBeLessThan(5000);
    expect(sheet.text(1, 1)).toBe("Ghi chú");
    expect(sheet.rowCount).toBeLessThanOrEqual(101);
  });

  it("stops stretching for cells spread thinly (one every 99 rows and 19 columns)", () => {
    const cells = new Map<string, RawCell["value"]>();
    for (let k = 0; 1 + 99 * k <= 10000 && 1 + 19 * k <= 100; k++) cells.set(`${1 + 99 * k},${1 + 19 * k}`, k);
    const { grid, reads } = countingGrid(cells, 10000, 100);
    readSheet(grid);
    expect(reads()).toBeLessThan(50_000);
  });

  it("reads a dense table of 600 rows and 30 columns whole, past a title and 60 blank rows", () => {
    const cells = new Map<string, RawCell["value"]>([["1,1", "BÁO CÁO"]]);
    for (let r = 62; r < 62 + 600; r++) for (let c = 1; c <= 30; c++) cells.set(`${r},${c}`, r * c);
    const sheet = readSheet(countingGrid(cells, 661, 30).grid);
    expect([sheet.text(1, 1), sheet.text(661, 30)]).toEqual(["BÁO CÁO", String(661 * 30)]);
    expect(sheet.filledCount).toBe(1 + 600 * 30);
  });

  it("reads at most MAX_FILLED filled cells of a sheet, the row that reaches it whole", () => {
    const cells = new Map<string, RawCell["value"]>();
    for (let r = 1; r <= 1000; r++) for (let c = 1; c <= 30; c++) cells.set(`${r},${c}`, `ô ${r}.${c}`);
    const sheet = readSheet(countingGrid(cells, 1000, 30).grid);
    expect(sheet.filledCount).toBe(Math.ceil(MAX_FILLED / 30) * 30);
    expect(sheet.text(sheet.rowCount + 1, 1)).toBe("");
  });

  it("still recognises the largest template laid out by hand, with a stray cell far to the right", () => {
    const t = template("kh-dinhky-pl2");
    const h = handMade(t, { unit: "Sở Nội vụ", period: "Năm 2021" });
    const rows = h.rows.map((r) => [...r]);
    rows[rows.length - 1][60] = "Người lập biểu";
    const r = recognizeSheet(toGrid(rows), catalog())!;
    expect(r.entry.template.id).toBe("kh-dinhky-pl2");
    expect(r.missing).toEqual([]);
  });
});
