import type ExcelJS from "exceljs";
import { cellAddress, rangeAddress } from "../../src/domain/address";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { fitCellValue } from "../../src/domain/layout/cell-text";
import { EXCEL_LIMITS } from "../../src/domain/layout/excel-limits";
import { INDEX_SHEET } from "../../src/domain/layout/identity";
import type { LayoutCell, SheetLayout } from "../../src/domain/layout/model";
import { FONT_NAME, STYLES } from "../../src/domain/layout/styles";
import { layoutCells, tableLayout } from "../../src/domain/layout/table-layout";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeOutputSheets } from "../../src/domain/merge/output-sheets";
import { readXlsx } from "../../src/io/xlsx/fast/read-xlsx";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { defaultDeflate, streamDeflater } from "../../src/io/xlsx/write/deflate";
import { writeWorkbook } from "../../src/io/xlsx/write/workbook";
import { receive } from "../helpers/receive";
import { unzipParts } from "../helpers/zip";
import { filledTemplate, loadWorkbook } from "../helpers/workbooks";

/** Every way a written sheet can differ from its layout, as ExcelJS reads the file back. */
function differences(ws: ExcelJS.Worksheet, layout: SheetLayout): string[] {
  const out: string[] = [];
  const differ = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      out.push(`${what}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  };
  const merged = new Map<string, LayoutCell | undefined>();
  const cells = layoutCells(layout);
  const byPosition = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  for (const m of layout.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) merged.set(`${r}:${c}`, byPosition.get(`${m.top}:${m.left}`));
  for (const c of cells) {
    const at = cellAddress(c.row, c.col);
    const cell = ws.getCell(c.row, c.col);
    // A merged range's hidden cells show its first cell's value and look (ExcelJS, Excel, LibreOffice alike).
    const look = merged.has(`${c.row}:${c.col}`) ? merged.get(`${c.row}:${c.col}`)! : c;
    if (!merged.has(`${c.row}:${c.col}`))
      differ(`${at} value`, cell.value ?? null, c.value === "" ? null : fitCellValue(c.value));
    const s = STYLES[look.style];
    differ(
      `${at} font`,
      [cell.font?.name, cell.font?.size, !!cell.font?.bold, !!cell.font?.italic],
      [FONT_NAME, s.size, !!s.bold, !!s.italic],
    );
    differ(
      `${at} alignment`,
      [cell.alignment?.horizontal, cell.alignment?.vertical, !!cell.alignment?.wrapText, cell.alignment?.indent || 0],
      [s.horizontal, s.vertical, s.wrap, look.indent || 0],
    );
    differ(`${at} border`, !!cell.border?.top && cell.border.top.style === "thin", s.border);
    differ(`${at} fill`, cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined, s.fill);
    // General is every cell's format when it names none.
    differ(`${at} numFmt`, cell.numFmt || undefined, look.numFmt === "General" ? undefined : look.numFmt);
    differ(`${at} locked`, cell.protection?.locked !== false, look.locked);
    const v = look === c ? c.validation : undefined;
    const dv = cell.dataValidation;
    differ(
      `${at} validation`,
      dv && [dv.type, dv.operator ?? "between", dv.formulae, dv.promptTitle, dv.prompt, dv.errorTitle, dv.error],
      v && [
        v.type,
        v.type === "list" ? "between" : v.operator,
        v.type === "list" ? [`"${v.formulae.join(",")}"`] : v.formulae,
        v.promptTitle,
        v.prompt,
        v.errorTitle,
        v.error,
      ],
    );
  }
  differ("merges", [...ws.model.merges].sort(), layout.merges.map(rangeAddress).sort());
  for (const c of layout.columns)
    differ(`column ${c.col}`, [ws.getColumn(c.col).width, !!ws.getColumn(c.col).hidden], [c.width, !!c.hidden]);
  for (const r of layout.rows)
    differ(`row ${r.row}`, [ws.getRow(r.row).height, !!ws.getRow(r.row).hidden], [r.height, !!r.hidden]);
  differ("visibility", ws.state, layout.visibility ?? "visible");
  const view = ws.views[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  differ(
    "frozen",
    [view?.state, view?.xSplit ?? 0, view?.ySplit ?? 0],
    ["frozen", layout.freeze.col - 1, layout.freeze.row - 1],
  );
  const page = layout.print.page;
  differ(
    "page setup",
    [ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth],
    [9, page.orientation, true, page.fitToWidth],
  );
  differ("fit to height", ws.pageSetup.fitToHeight, page.fitToHeight);
  differ("margins", ws.pageSetup.margins, page.margins);
  differ("centred", ws.pageSetup.horizontalCentered, true);
  differ("print area", ws.pageSetup.printArea?.replace(/\$/g, ""), rangeAddress(layout.print.area));
  differ("print titles", ws.pageSetup.printTitlesRow?.replace(/\$/g, ""), layout.print.titleRows.join(":"));
  differ("footer", ws.headerFooter.oddFooter, "&CTrang &P / &N");
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  differ("protected", !!protection?.sheet, layout.protect);
  return out;
}

/** A small merge's output sheets, from three units' filled reports. */
async function mergeLayouts(): Promise<SheetLayout[]> {
  const units = ["Sở Nội vụ", "Sở Tư pháp", "UBND huyện Cam Lâm"];
  const files = await Promise.all(
    units.map(async (unit, i) =>
      receive(
        `${unit}.xlsx`,
        await filledTemplate("kh-pl2-ii1", unit, "Năm 2020", { "1@y2015": i + 1, "2@y2020": "x" }),
      ),
    ),
  );
  return mergeOutputSheets(mergeFiles(files, catalog(), { locale: "vi" }), "vi");
}

describe("the .xlsx writer, its files read back with ExcelJS", () => {
  const unit = "UBND huyện Cam Lâm";
  const period = "Năm 2020";

  it.each(catalog().templates.map((e) => [e.template.id]))(
    "%s: every cell, range and setting as laid out",
    async (id) => {
      const layout = buildLayout(catalog().get(id)!.template, { unit, period });
      const wb = await loadWorkbook(await layoutWorkbook([layout], id));
      expect(differences(wb.getWorksheet(layout.sheetName)!, layout)).toEqual([]);
      expect(wb.getWorksheet(INDEX_SHEET)!.state).toBe("veryHidden");
    },
  );

  it("writes a merge's output sheets as laid out, fast (deflate level 1) or not", async () => {
    const layouts = await mergeLayouts();
    for (const fast of [true, false]) {
      const wb = await loadWorkbook(await layoutWorkbook(layouts, "Tổng hợp", { fast }));
      expect(wb.worksheets.map((w) => w.name)).toEqual([...layouts.map((l) => l.sheetName), INDEX_SHEET]);
      for (const layout of layouts) expect(differences(wb.getWorksheet(layout.sheetName)!, layout)).toEqual([]);
    }
  });

  it("keeps text as typed: entities, spaces, line ends, what reads like an escape; control characters left out", async () => {
    const texts = [`a < b & c > "d" 'e'`, "  hai đầu  ", "dòng 1\ndòng 2", "_x0041_ là A", "Đạt\u0001\u0008 một phần"];
    const layout = tableLayout({
      sheetName: "Văn bản",
      title: "Kiểm tra văn bản",
      columns: [{ header: "Nội dung", width: 40 }],
      rows: texts.map((t) => [t]),
    });
    const bytes = await layoutWorkbook([layout], "t");
    const expected = [...texts.slice(0, 4), "Đạt một phần"];
    const ws = (await loadWorkbook(bytes)).getWorksheet("Văn bản")!;
    const grid = (await readXlsx(bytes)).source.grid("Văn bản");
    expected.forEach((t, i) => {
      // Both readers (and Excel) decode the escapes: the text comes back exactly.
      expect(ws.getCell(4 + i, 1).value).toBe(t);
      expect(grid.cell(4 + i, 1).value).toBe(t);
    });
  });

  it("cuts text past Excel's cell limit with the writers' guard, and leaves no number unwritable", async () => {
    const long = "x".repeat(EXCEL_LIMITS.cellChars + 500);
    const layout = tableLayout({
      sheetName: "Dài",
      title: "Văn bản dài",
      columns: [{ header: "Nội dung", width: 40 }],
      rows: [[long], [Number.NaN], [1.5]],
    });
    const grid = (await readXlsx(await layoutWorkbook([layout], "t"))).source.grid("Dài");
    expect(grid.cell(4, 1).value).toBe(fitCellValue(long));
    expect((grid.cell(4, 1).value as string).length).toBeLessThanOrEqual(EXCEL_LIMITS.cellChars);
    expect(grid.cell(5, 1).value).toBeNull();
    expect(grid.cell(6, 1).value).toBe(1.5);
  });

  it("names sheets freely (never twice, quotes in print areas) and writes very hidden carriers", async () => {
    const t = catalog().get("kh-pl2-ii1")!.template;
    const a = buildLayout(t, { unit, period });
    const quotedName = tableLayout({
      sheetName: "Bảng 'A' mới",
      title: "x",
      columns: [{ header: "h", width: 9 }],
      rows: [],
    });
    const hidden: SheetLayout = { ...quotedName, sheetName: "Ẩn", visibility: "veryHidden" };
    // Excel takes no sheet name that starts or ends with an apostrophe.
    const apostrophes: SheetLayout = { ...quotedName, sheetName: "'Trích'" };
    const wb = await loadWorkbook(await layoutWorkbook([a, a, quotedName, hidden, apostrophes], "t"));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [t.sheetName, "visible"],
      [`${t.sheetName} (2)`, "visible"],
      ["Bảng 'A' mới", "visible"],
      ["Ẩn", "veryHidden"],
      ["Trích", "visible"],
      [INDEX_SHEET, "veryHidden"],
    ]);
    expect(wb.getWorksheet("Bảng 'A' mới")!.pageSetup.printArea).toBe("A1:A3");
    expect(wb.getWorksheet(INDEX_SHEET)!.getRow(3).values).toEqual([
      undefined,
      `${t.sheetName} (2)`,
      t.id,
      t.version,
      unit,
      period,
    ]);
  });

  it("writes the same package whichever deflate compresses it (the browser's CompressionStream)", async () => {
    const layout = buildLayout(catalog().get("kh-dinhky-pl2")!.template, { unit, period });
    const viaStream = await writeWorkbook([layout], { title: "t", deflate: streamDeflater });
    const wb = await loadWorkbook(viaStream);
    expect(differences(wb.getWorksheet(layout.sheetName)!, layout)).toEqual([]);
  });

  it("compresses a sheet larger than a piece (a megabyte) piece by piece into one stream, with either compressor", async () => {
    const rows = Array.from({ length: 8_000 }, (_, i) => [
      i + 1,
      `Đơn vị số ${i + 1}`,
      (i * 7) % 1000,
      `ghi chú ${i % 97}`,
    ]);
    const layout = tableLayout({
      sheetName: "Lớn",
      title: "Một trang lớn",
      columns: [
        { header: "STT", width: 6 },
        { header: "Đơn vị", width: 28 },
        { header: "Số liệu", width: 12 },
        { header: "Ghi chú", width: 20 },
      ],
      rows,
    });
    for (const deflate of [defaultDeflate(), streamDeflater]) {
      const bytes = await writeWorkbook([layout], { title: "t", level: 1, deflate });
      expect(unzipParts(bytes)["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(1 << 20);
      const grid = (await readXlsx(bytes)).source.grid("Lớn");
      expect(rows.map((row, i) => row.map((_, c) => grid.cell(4 + i, c + 1).value))).toEqual(rows);
    }
  });
});
