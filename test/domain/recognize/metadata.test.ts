import { catalog } from "../../../src/domain/catalog";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../../../src/domain/layout/identity";
import { recognizeSheet } from "../../../src/domain/recognize/recognize";
import { readWorkbook } from "../../../src/io/xlsx/read-workbook";
import { templateWorkbook } from "../../../src/io/xlsx/template-workbook";
import { idRows, injected, insertColumn, insertRow, layoutRows, moveRow, template, toGrid, type Rows } from "./sheets";

const cat = catalog();
const ids = (id: string) => template(id).rows.flatMap((r) => (r.type === "indicator" ? [r.id] : []));
const entryIds = (id: string) =>
  template(id).rows.flatMap((r) =>
    r.type === "entries" ? Array.from({ length: r.count }, (_, i) => `${r.id}.${i + 1}`) : [],
  );

describe("an injected sheet is recognised by its carriers", () => {
  it.each(cat.templates.map((e) => [e.template.id]))(
    "%s: template, version, unit, period, every row and column",
    (id) => {
      const layout = injected(id, "Sở Tư pháp", "6 tháng đầu năm 2021");
      const r = recognizeSheet(toGrid(layoutRows(layout)), cat)!;
      expect(r).toBeDefined();
      expect(r.recognizedBy).toBe("metadata");
      expect(r.entry.template.id).toBe(id);
      expect(r.version).toBe(template(id).version);
      expect(r.unit).toEqual({ value: "Sở Tư pháp", source: "metadata" });
      expect(r.period).toEqual({ value: "6 tháng đầu năm 2021", source: "metadata" });
      for (const input of layout.inputs) {
        expect(r.rows.get(input.rowId)).toBe(input.row);
        expect(r.columns.get(input.columnKey)).toBe(input.col);
      }
      for (const rowId of [...ids(id), ...entryIds(id)]) expect(r.rows.has(rowId)).toBe(true);
      expect(r.rows.size).toBe(ids(id).length + entryIds(id).length);
      expect(r.columns.size).toBe(template(id).columns.length);
      expect(r.missing).toEqual([]);
      expect(r.duplicates).toEqual([]);
      expect(r.unplaced).toEqual([]);
      expect(r.body).toEqual(layout.body);
    },
  );

  it("reads ExcelJS-style merged cells (the value repeated over the merge) the same way", () => {
    const layout = injected("kh-dinhky-pl2");
    const r = recognizeSheet(toGrid(layoutRows(layout, { repeatMerged: true })), cat)!;
    expect(r.recognizedBy).toBe("metadata");
    for (const input of layout.inputs) expect(r.rows.get(input.rowId)).toBe(input.row);
  });
});

describe("rows and columns are found by id wherever the user moved them", () => {
  // A sheet edited as users do: two rows inserted (no id), one row moved elsewhere, a column inserted.
  function edited(id: string): { rows: Rows; moved: string; movedTo: number } {
    const layout = injected(id);
    const rows = layoutRows(layout);
    const first = layout.body.firstRow;
    insertRow(rows, first + 2);
    insertRow(rows, first + 5);
    const movedFrom = layout.body.lastRow + 2;
    const moved = rows[movedFrom - 1][0] as string;
    moveRow(rows, movedFrom, first + 1);
    insertColumn(rows, 3);
    return { rows, moved, movedTo: first + 1 };
  }

  it.each(["kh-dinhky-pl2", "sl-pl2", "dl-pl1", "bd-pl3"])("%s", (id) => {
    const { rows, moved, movedTo } = edited(id);
    const r = recognizeSheet(toGrid(rows), cat)!;
    expect(r.recognizedBy).toBe("metadata");
    expect(r.rows.get(moved)).toBe(movedTo);
    const expected = idRows(rows);
    for (const rowId of ids(id)) expect(r.rows.get(rowId)).toBe(expected.get(rowId));
    expect(r.missing).toEqual([]);
    // Every value column moved one to the right of where the layout put it, beyond the inserted column.
    const layout = injected(id);
    for (const input of layout.inputs)
      expect(r.columns.get(input.columnKey)).toBe(input.col >= 3 ? input.col + 1 : input.col);
    // The label of each placed row is the template's label.
    const labelCol = r.columns.get(template(id).columns.find((c) => c.role === "label")!.key)!;
    for (const row of template(id).rows)
      if (row.type === "indicator") expect(rows[r.rows.get(row.id)! - 1][labelCol - 1]).toBe(row.label);
  });

  it("reports a copied row as a duplicate (first kept) and a typed row with a value as unplaced", () => {
    const layout = injected("kh-dinhky-pl2");
    const rows = layoutRows(layout);
    const at = idRows(rows);
    const copyOf = at.get("1.2")!;
    insertRow(rows, copyOf + 1, [...rows[copyOf - 1]]);
    const labelCol = layout.inputs.find((i) => i.rowId === "1.2")!.col - 2;
    const valueCol = layout.inputs.find((i) => i.rowId === "1.2")!.col;
    const typed: Rows[number] = [];
    typed[labelCol - 1] = "Số văn bản khác";
    typed[valueCol - 1] = 7;
    insertRow(rows, copyOf + 3, typed);
    const r = recognizeSheet(toGrid(rows), cat)!;
    expect(r.duplicates).toEqual([{ id: "1.2", rows: [copyOf, copyOf + 1] }]);
    expect(r.rows.get("1.2")).toBe(copyOf);
    expect(r.unplaced).toEqual([{ row: copyOf + 3, label: "Số văn bản khác" }]);
  });

  it("reports indicators whose rows were deleted as missing", () => {
    const rows = layoutRows(injected("bd-pl1"));
    const at = idRows(rows);
    rows.splice(at.get("3.c")! - 1, 1);
    const r = recognizeSheet(toGrid(rows), cat)!;
    expect(r.missing).toEqual(["3.c"]);
    expect(r.rows.get("4")).toBe(at.get("4")! - 1);
  });

  it("gives rows added inside or right below a block of entries an entries id", () => {
    const layout = injected("sl-pl1");
    const rows = layoutRows(layout);
    const at = idRows(rows);
    const labelCol = layout.inputs.find((i) => i.rowId === "I.nv.1" && i.columnKey === "label")!.col;
    const entry = (text: string) => {
      const row: Rows[number] = [];
      row[labelCol - 1] = text;
      return row;
    };
    // One inside block I (between I.nv.2 and I.nv.3), one right below block II, a blank one below block III.
    insertRow(rows, at.get("I.nv.3")!, entry("Kế hoạch bổ sung"));
    insertRow(rows, at.get("II.nv.5")! + 2, entry("Quyết định sửa đổi"));
    insertRow(rows, at.get("III.nv.5")! + 3);
    const r = recognizeSheet(toGrid(rows), cat)!;
    expect(r.rows.get(`I.nv.r${at.get("I.nv.3")}`)).toBe(at.get("I.nv.3"));
    expect(r.rows.get("I.nv.3")).toBe(at.get("I.nv.3")! + 1);
    expect(r.rows.get(`II.nv.r${at.get("II.nv.5")! + 2}`)).toBe(at.get("II.nv.5")! + 2);
    expect([...r.rows.keys()].filter((k) => k.includes(".r"))).toHaveLength(2);
    expect(r.unplaced).toEqual([]);
  });

  it("finds the columns by their printed headers when the hidden key row was deleted", () => {
    const layout = injected("sl-pl2");
    const rows = layoutRows(layout);
    const keyRow = rows.findIndex((row) => row[ID_COLUMN - 1] === COLUMN_KEYS_TAG);
    rows.splice(keyRow, 1);
    insertColumn(rows, 4);
    const r = recognizeSheet(toGrid(rows), cat)!;
    expect(r.recognizedBy).toBe("metadata");
    for (const input of layout.inputs)
      expect(r.columns.get(input.columnKey)).toBe(input.col >= 4 ? input.col + 1 : input.col);
  });

  it("falls back to the labels when the carried template is unknown", () => {
    const rows = layoutRows(injected("kh-pl2-ii3"));
    rows[0][0] = "cchc-template:kh-pl2-ii3-old@1";
    const r = recognizeSheet(toGrid(rows), cat)!;
    expect(r.recognizedBy).toBe("labels");
    expect(r.entry.template.id).toBe("kh-pl2-ii3");
    expect(r.unit).toEqual({ value: "UBND huyện Cam Lâm", source: "title" });
  });

  it("reads a unit typed into the title block of a sheet injected without one", () => {
    const layout = injected("kh-dinhky-pl2", "", "");
    const rows = layoutRows(layout);
    const unitRow = rows.findIndex((row) => row.some((v) => typeof v === "string" && v.startsWith("Đơn vị báo cáo:")));
    rows[unitRow][1] = "Đơn vị báo cáo: Sở Y tế";
    const r = recognizeSheet(toGrid(rows), cat, { fileName: "SoYTe_Quy1_2021.xlsx" })!;
    expect(r.unit).toEqual({ value: "Sở Y tế", source: "title" });
    expect(r.period).toEqual({ value: "Quý I/2021", source: "fileName" });
  });
});

describe("a sheet written to .xlsx and read back through ExcelJS", () => {
  it.each(["kh-dinhky-pl2", "sl-pl1", "bd-pl4-iii"])(
    "%s is recognised by its carriers, rows and columns in place",
    async (id) => {
      const t = template(id);
      const layout = injected(id, "Sở Nội vụ", "Quý II/2024");
      const { source } = await readWorkbook(
        await templateWorkbook([{ template: t, unit: "Sở Nội vụ", period: "Quý II/2024" }]),
      );
      const r = recognizeSheet(source.grid(t.sheetName), cat)!;
      expect(r.recognizedBy).toBe("metadata");
      expect(r.entry.template.id).toBe(id);
      expect(r.unit).toEqual({ value: "Sở Nội vụ", source: "metadata" });
      for (const input of layout.inputs) {
        expect(r.rows.get(input.rowId)).toBe(input.row);
        expect(r.columns.get(input.columnKey)).toBe(input.col);
      }
      expect(r.unplaced).toEqual([]);
    },
  );
});
