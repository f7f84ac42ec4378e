import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { ID_COLUMN, INDEX_SHEET, parseIdentity } from "../../src/domain/layout/identity";
import { templateWorkbook } from "../../src/io/xlsx/template-workbook";

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("a template written to .xlsx and read back with ExcelJS", () => {
  const unit = "UBND huyện Cam Lâm";
  const period = "Năm 2020";

  it.each(catalog().templates.map((e) => [e.template.id]))("%s keeps its ids, validations and identity", async (id) => {
    const template = catalog().get(id)!.template;
    const layout = buildLayout(template, { unit, period });
    const wb = await reload(await templateWorkbook([{ template, unit, period }]));

    const ws = wb.getWorksheet(template.sheetName)!;
    expect(ws).toBeDefined();
    expect(ws.state).toBe("visible");
    const idColumn = ws.getColumn(ID_COLUMN);
    expect(idColumn.hidden).toBe(true);
    const ids: unknown[] = [];
    idColumn.eachCell({ includeEmpty: false }, (c) => ids.push(c.value));
    expect(parseIdentity(ids)).toEqual({ templateId: id, version: template.version, unit, period });
    for (const row of template.rows) if (row.type === "indicator") expect(ids).toContain(row.id);

    for (const input of layout.inputs) {
      const cell = ws.getCell(input.row, input.col);
      expect(ws.getCell(input.row, ID_COLUMN).value).toBe(input.rowId);
      expect(cell.dataValidation?.type).toBe(
        layout.cells.find((c) => c.row === input.row && c.col === input.col)!.validation!.type,
      );
      expect(cell.dataValidation?.prompt).toBeTruthy();
      expect(cell.protection?.locked).toBe(false);
    }
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: layout.freeze.row - 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });

    const index = wb.getWorksheet(INDEX_SHEET)!;
    expect(index.state).toBe("veryHidden");
    expect(index.getRow(2).values).toEqual([undefined, template.sheetName, id, template.version, unit, period]);
  });

  it("writes the layout's page setup: A4 landscape, one page wide, any number of pages tall, rows as laid out", async () => {
    const template = catalog().get("kh-dinhky-pl2")!.template;
    const layout = buildLayout(template, { unit, period });
    const ws = (await reload(await templateWorkbook([{ template, unit, period }]))).getWorksheet(template.sheetName)!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: layout.print.page.margins,
    });
    for (const r of layout.rows) if (r.height) expect([r.row, ws.getRow(r.row).height]).toEqual([r.row, r.height]);
  });

  it("puts several templates in one workbook under distinct sheet names", async () => {
    const t = catalog().get("kh-pl2-ii1")!.template;
    const wb = await reload(
      await templateWorkbook([
        { template: t, unit: "Sở Nội vụ", period },
        { template: t, unit: "Sở Tư pháp", period },
      ]),
    );
    const names = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(names).toEqual([t.sheetName, `${t.sheetName} (2)`]);
    expect(wb.getWorksheet(INDEX_SHEET)!.rowCount).toBe(3);
  });
});
