import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cellAddress, columnLetter, rangeAddress } from "../../src/domain/address";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { INDEX_SHEET } from "../../src/domain/layout/identity";
import type { SheetLayout } from "../../src/domain/layout/model";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeOutputSheets } from "../../src/domain/merge/output-sheets";
import type { GridSource } from "../../src/domain/grid";
import { readXlsx } from "../../src/io/xlsx/fast/read-xlsx";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { receive } from "../helpers/receive";
import { findSoffice, sofficeConvert } from "../helpers/soffice";
import { filledTemplate } from "../helpers/workbooks";

/**
 * What our writer's files (a template, a merge's outputs) are to the other programs that open them: LibreOffice
 * saves them again with every value, sheet and carrier; openpyxl loads them with the merges, validations, frozen
 * panes, protection and print settings the layouts carry.
 */

const soffice = findSoffice();
const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (!soffice) console.log("Bỏ qua kiểm thử LibreOffice: chưa cài soffice (gói Debian libreoffice-calc-nogui).");
if (!hasOpenpyxl) console.log("Bỏ qua kiểm thử openpyxl: chưa cài python3-openpyxl.");

/** Every cell of every sheet as text, by sheet: what a reader shows. */
function contents(source: GridSource): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of source.sheetNames()) {
    const grid = source.grid(name);
    const cells: string[] = [];
    for (let r = 1; r <= grid.rowCount; r++)
      for (let c = 1; c <= grid.colCount; c++) {
        const v = grid.cell(r, c).value;
        if (v !== null && v !== "") cells.push(`${r}:${c}=${v instanceof Date ? v.toISOString() : String(v)}`);
      }
    out[`${name}${grid.hidden ? " (ẩn)" : ""}`] = cells;
  }
  return out;
}

describe("our writer's files in other programs", () => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-writer-"));
  /** Each file written, with the layouts it holds. */
  const files: { path: string; layouts: SheetLayout[] }[] = [];

  beforeAll(async () => {
    const units = ["Sở Nội vụ", "UBND thành phố Nha Trang", "UBND huyện Cam Lâm"];
    const received = await Promise.all(
      units.map(async (unit, i) =>
        receive(
          `${unit}.xlsx`,
          await filledTemplate("kh-dinhky-pl2", unit, "6 tháng đầu năm 2024", { "1.1.a": i + 2, "1.2": 3 * i }),
        ),
      ),
    );
    const outputs = mergeOutputSheets(mergeFiles(received, catalog(), { locale: "vi" }), "vi");
    const template = buildLayout(catalog().get("kh-dinhky-pl2")!.template, { unit: "Sở Nội vụ", period: "Năm 2024" });
    files.push({ path: path.join(dir, "tong-hop.xlsx"), layouts: outputs });
    files.push({ path: path.join(dir, "mau.xlsx"), layouts: [template] });
    writeFileSync(files[0].path, await layoutWorkbook(outputs, "Tổng hợp", { fast: true }));
    writeFileSync(files[1].path, await layoutWorkbook([template], "Mẫu"));
  });

  (soffice ? it : it.skip)(
    "LibreOffice saves a merge's outputs again with every value, sheet and carrier",
    async () => {
      const ours = await readXlsx(new Uint8Array(readFileSync(files[0].path)));
      const copy = await readXlsx(new Uint8Array(readFileSync(sofficeConvert(soffice!, files[0].path, "xlsx"))));
      expect(contents(copy.source)).toEqual(contents(ours.source));
      expect(copy.source.sheetNames()).toContain(INDEX_SHEET);
    },
  );

  (hasOpenpyxl ? it : it.skip)(
    "openpyxl loads them with their merges, validations, panes, protection and print setup",
    () => {
      const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        "state": ws.sheet_state,
        "merges": sorted(str(r) for r in ws.merged_cells.ranges),
        "validated": sorted(
            c.coordinate
            for dv in ws.data_validations.dataValidation
            for r in dv.sqref.ranges
            for row in ws.iter_rows(min_row=r.min_row, max_row=r.max_row, min_col=r.min_col, max_col=r.max_col)
            for c in row
        ),
        "freeze": ws.freeze_panes,
        "protected": bool(ws.protection.sheet),
        "titles": ws.print_title_rows,
        "area": ws.print_area,
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
    }
print(json.dumps(out))
`;
      for (const file of files) {
        const res = spawnSync(PYTHON, ["-c", script, file.path], { encoding: "utf8" });
        expect(res.stderr).toBe("");
        const sheets = JSON.parse(res.stdout) as Record<string, Record<string, unknown>>;
        expect(sheets[INDEX_SHEET].state).toBe("veryHidden");
        expect(Object.keys(sheets)).toEqual([...file.layouts.map((l) => l.sheetName), INDEX_SHEET]);
        for (const layout of file.layouts) {
          const s = sheets[layout.sheetName];
          const frozenAt = cellAddress(layout.freeze.row, layout.freeze.col);
          expect(s).toEqual({
            state: "visible",
            merges: layout.merges.map(rangeAddress).sort(),
            validated: layout.cells
              .filter((c) => c.validation)
              .map((c) => cellAddress(c.row, c.col))
              .sort(),
            freeze: frozenAt === "A1" ? null : frozenAt,
            protected: layout.protect,
            titles: `$${layout.print.titleRows[0]}:$${layout.print.titleRows[1]}`,
            area: [rangeAddress(layout.print.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")],
            widths: Object.fromEntries(layout.columns.map((c) => [columnLetter(c.col), c.width])),
          });
        }
      }
    },
  );
});
