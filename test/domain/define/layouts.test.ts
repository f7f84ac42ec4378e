import { writeFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalog } from "../../../src/domain/catalog";
import { parseDefinition } from "../../../src/domain/catalog/definitions";
import type { Template } from "../../../src/domain/catalog/schema";
import { defineTemplate, type DefineResult } from "../../../src/domain/define";
import type { Grid } from "../../../src/domain/grid";
import { openWorkbook } from "../../../src/io/xlsx/open-workbook";
import { templateWorkbook } from "../../../src/io/xlsx/template-workbook";
import { findSoffice, sofficeConvert } from "../../helpers/soffice";
import { withoutCarriers } from "../../helpers/strip-carriers";

/**
 * Tables made here, laid out unlike the catalog's, written as real .xlsx files and read back through the
 * product's reader: what an officer's own copy of a provincial form looks like.
 */

type Cell = string | number | null;
interface Sheet {
  rows: Cell[][];
  merges?: [number, number, number, number][];
  bold?: number[];
}

async function xlsx(sheet: Sheet, name = "Biểu 01"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  sheet.rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const r of sheet.bold ?? []) ws.getRow(r).font = { bold: true };
  for (const [t, l, b, rr] of sheet.merges ?? []) ws.mergeCells(t, l, b, rr);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function gridOf(bytes: Uint8Array): Promise<Grid> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.source.grid(opened.source.sheetNames()[0]);
}

async function define(sheet: Sheet): Promise<Extract<DefineResult, { ok: true }> & { template: Template }> {
  const result = defineTemplate(await gridOf(await xlsx(sheet)), { id: "bieu-01", year: 2025 });
  if (!result.ok) throw new Error(result.reason);
  const parsed = parseDefinition(result.module);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { ...result, template: parsed.definitions[0].template };
}

const summary = (r: { indicators: { stt: string; label: string; rules: { kind: string }[] }[] }) =>
  r.indicators.map((i) => [i.stt, i.label, i.rules.map((x) => x.kind).join(",")]);

/** A Roman-numeral section list with numbered items, "-" sub-items and a "Trong đó:" total. */
const ROMAN: Sheet = {
  rows: [
    ["UBND TỈNH PHÚ YÊN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    ["Biểu số 03"],
    ["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ"],
    ["TẠI ........................"],
    ["(Kèm theo Công văn số 125/SNV-CCHC ngày 05 tháng 3 năm 2025 của Sở Nội vụ tỉnh Phú Yên)"],
    ["TT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
    ["1", "Số văn bản chỉ đạo, điều hành về CCHC đã ban hành", "Văn bản"],
    ["2", "Tổng số cuộc kiểm tra đã thực hiện. Trong đó:", "Cuộc"],
    ["-", "Kiểm tra theo kế hoạch", "Cuộc"],
    ["-", "Kiểm tra đột xuất", "Cuộc"],
    ["3", "Có ban hành kế hoạch tuyên truyền CCHC", "Có = 1; Không = 0"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%"],
    ["2", "Số hồ sơ tiếp nhận trực tuyến", "... hồ sơ = ...%"],
    ["3", "Hình thức niêm yết thủ tục", "Bảng giấy = 0; Điện tử = 1; Cả hai = 2"],
    ["4", "Kinh phí hỗ trợ Bộ phận Một cửa", "Đồng"],
    ["5", "Số ki-ốt tra cứu đặt tại Bộ phận Một cửa", "Ki-ốt"],
    [null, "Ghi chú: số liệu tính đến ngày 15 của tháng cuối quý."],
  ],
  merges: [
    [3, 1, 3, 5],
    [4, 1, 4, 5],
    [5, 1, 5, 5],
    [6, 1, 6, 5],
  ],
};

describe("define on tables unlike the catalog's", () => {
  it("reads a Roman-numeral section list: sections, items, parts under 'Trong đó', units and legends", async () => {
    const r = await define(ROMAN);
    expect(summary(r)).toEqual([
      ["1", "Số văn bản chỉ đạo, điều hành về CCHC đã ban hành", "count"],
      ["2", "Tổng số cuộc kiểm tra đã thực hiện. Trong đó:", "count"],
      ["-", "Kiểm tra theo kế hoạch", "count"],
      ["-", "Kiểm tra đột xuất", "count"],
      ["3", "Có ban hành kế hoạch tuyên truyền CCHC", "flag"],
      ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "percent"],
      ["2", "Số hồ sơ tiếp nhận trực tuyến", "pair"],
      ["3", "Hình thức niêm yết thủ tục", "code"],
      ["4", "Kinh phí hỗ trợ Bộ phận Một cửa", "money"],
      // "Ki-ốt" says nothing about the kind: listed, kept as text.
      ["5", "Số ki-ốt tra cứu đặt tại Bộ phận Một cửa", "text"],
    ]);
    const t = r.template;
    const labelled = t.rows.flatMap((x) => (x.type === "entries" ? [] : [x]));
    expect(labelled.filter((x) => x.type === "section").map((x) => [x.stt, x.level])).toEqual([
      ["I", 0],
      ["II", 0],
    ]);
    const byLabel = (l: string) => labelled.find((x) => x.label.startsWith(l))!;
    expect(byLabel("Kiểm tra theo").level).toBe(2);
    expect(t.crossRules).toEqual([
      {
        type: "partsOfTotal",
        total: byLabel("Tổng số cuộc").id,
        parts: [byLabel("Kiểm tra theo").id, byLabel("Kiểm tra đột").id],
        exhaustive: false,
        severity: "error",
      },
    ]);
    expect(r.problems).toEqual([
      { row: 20, code: "unknownUnit", params: { label: "Số ki-ốt tra cứu đặt tại Bộ phận Một cửa", unit: "Ki-ốt" } },
    ]);
    // The title block, the motto left out, the blank for the unit as the catalog writes it.
    expect(t.appendix).toBe("Biểu số 03");
    expect(t.title).toEqual(["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ", "TẠI {unit}"]);
    expect(t.attachedTo).toBe("Kèm theo Công văn số 125/SNV-CCHC ngày 05 tháng 3 năm 2025 của Sở Nội vụ tỉnh Phú Yên");
    expect(r.module.document).toMatchObject({ issuer: "UBND TỈNH PHÚ YÊN", province: "Phú Yên", year: 2025 });
    expect(t.notes).toEqual(["Ghi chú: số liệu tính đến ngày 15 của tháng cuối quý."]);
    expect(t.columns.map((c) => [c.key, c.role])).toEqual([
      ["stt", "stt"],
      ["label", "label"],
      ["unit", "unit"],
      ["value", "value"],
      ["note", "note"],
    ]);
  });

  it("finds the columns in another order: the label first, the unit after the figures", async () => {
    const r = await define({
      rows: [
        ["BIỂU THỐNG KÊ"],
        ["Chỉ tiêu", "Số thứ tự", "Số liệu", "Đơn vị tính"],
        ["Số cuộc đối thoại với doanh nghiệp", "1", null, "Cuộc"],
        ["Tỷ lệ văn bản gửi dưới dạng điện tử", "2", null, "%"],
        ["Số tiền thanh toán trực tuyến", "3", null, "Triệu đồng"],
      ],
    });
    expect(summary(r)).toEqual([
      ["1", "Số cuộc đối thoại với doanh nghiệp", "count"],
      ["2", "Tỷ lệ văn bản gửi dưới dạng điện tử", "percent"],
      ["3", "Số tiền thanh toán trực tuyến", "money"],
    ]);
    expect(r.template.columns.map((c) => c.role)).toEqual(["label", "stt", "value", "unit"]);
    expect(r.problems).toEqual([]);
  });

  it("types rows by their labels when there is no Đơn vị tính column, and lists the rows it cannot type", async () => {
    const r = await define({
      rows: [
        ["THỐNG KÊ CẢI CÁCH HÀNH CHÍNH"],
        ["STT", "Chỉ tiêu", "Năm 2024"],
        ["1", "Số lượng văn bản chỉ đạo"],
        ["2", "Tỷ lệ hồ sơ trực tuyến"],
        ["3", "Tổ chức hội nghị sơ kết (Có = 1; Không = 0)"],
        ["4", "Sáng kiến nổi bật của đơn vị"],
        ["5", "Kinh phí CCHC được giao"],
      ],
    });
    expect(summary(r)).toEqual([
      ["1", "Số lượng văn bản chỉ đạo", "count"],
      ["2", "Tỷ lệ hồ sơ trực tuyến", "percent"],
      ["3", "Tổ chức hội nghị sơ kết (Có = 1; Không = 0)", "flag"],
      ["4", "Sáng kiến nổi bật của đơn vị", "text"],
      ["5", "Kinh phí CCHC được giao", "money"],
    ]);
    expect(r.problems).toEqual([{ row: 6, code: "noKind", params: { label: "Sáng kiến nổi bật của đơn vị" } }]);
    expect(r.template.columns.find((c) => c.role === "value")!.key).toBe("value");
  });

  it("reads two value columns under a merged upper header, and merged header cells spanning two rows", async () => {
    const r = await define({
      rows: [
        ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"],
        ["STT", "Nhiệm vụ", "Đơn vị tính", "Năm 2025", null, "Ghi chú"],
        [null, null, null, "Kế hoạch", "Thực hiện", null],
        ["1", "Số lớp bồi dưỡng kỹ năng", "Lớp"],
        ["2", "Số người được bồi dưỡng", "Người"],
      ],
      merges: [
        [1, 1, 1, 6],
        [2, 1, 3, 1],
        [2, 2, 3, 2],
        [2, 3, 3, 3],
        [2, 4, 2, 5],
        [2, 6, 3, 6],
      ],
    });
    expect(r.template.columns.map((c) => [c.key, c.header, c.group ?? "", c.role])).toEqual([
      ["stt", "STT", "", "stt"],
      ["label", "Nhiệm vụ", "", "label"],
      ["unit", "Đơn vị tính", "", "unit"],
      ["v1", "Kế hoạch", "Năm 2025", "value"],
      ["v2", "Thực hiện", "Năm 2025", "value"],
      ["note", "Ghi chú", "", "note"],
    ]);
    expect(summary(r)).toEqual([
      ["1", "Số lớp bồi dưỡng kỹ năng", "count,count"],
      ["2", "Số người được bồi dưỡng", "count,count"],
    ]);
  });

  it("takes a dash typed in the label cell as the sub-item's STT, and a filled report's figures as no template data", async () => {
    const r = await define({
      rows: [
        ["Chỉ tiêu", "Đơn vị tính", "Số liệu"],
        ["Tổng số thủ tục hành chính. Trong đó:", "Thủ tục", 120],
        ["- Cấp tỉnh", "Thủ tục", 80],
        ["- Cấp xã", "Thủ tục", 40],
        ["Tỷ lệ hồ sơ đúng hạn", "%", "149/149"],
      ],
    });
    expect(summary(r)).toEqual([
      ["", "Tổng số thủ tục hành chính. Trong đó:", "count"],
      ["-", "Cấp tỉnh", "count"],
      ["-", "Cấp xã", "count"],
      ["", "Tỷ lệ hồ sơ đúng hạn", "percent"],
    ]);
    expect(r.template.crossRules).toHaveLength(1);
    expect(JSON.stringify(r.template.rows)).not.toContain("149/149");
  });

  it("says why a sheet is no table", async () => {
    const result = defineTemplate(await gridOf(await xlsx({ rows: [["Chỉ một dòng chữ"], ["và một dòng nữa"]] })), {
      id: "x",
      year: 2025,
    });
    expect(result).toEqual({ ok: false, reason: "noHeader" });
  });

  const soffice = findSoffice();
  if (!soffice) console.log("Bỏ qua kiểm thử LibreOffice: chưa cài soffice (gói Debian libreoffice-calc-nogui).");
  (soffice ? it : it.skip)(
    "reads the same table saved by LibreOffice",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "cchc-define-lo-"));
      const file = path.join(dir, "bieu.xlsx");
      writeFileSync(file, await xlsx(ROMAN));
      const saved = readFileSync(sofficeConvert(soffice!, file, "xlsx"));
      const fromLibreOffice = defineTemplate(await gridOf(new Uint8Array(saved)), { id: "bieu-01", year: 2025 });
      const ours = await define(ROMAN);
      expect(fromLibreOffice.ok && summary(fromLibreOffice)).toEqual(summary(ours));
      expect(fromLibreOffice.ok && fromLibreOffice.module).toEqual(ours.module);
    },
    240_000,
  );
});

describe("define on a sheet this tool injected", () => {
  it("leaves out the hidden id column and row of column keys: the table is what the user sees", async () => {
    const template = catalog().get("sl-pl2")!.template;
    const injected = await templateWorkbook([{ template, unit: "Sở Nội vụ", period: "Năm 2024" }]);
    const withIds = defineTemplate(await gridOf(injected), { id: "nam-nay", year: 2025 });
    const asTyped = defineTemplate(await gridOf(await withoutCarriers(injected)), { id: "nam-nay", year: 2025 });
    expect(withIds.ok && asTyped.ok).toBe(true);
    if (!withIds.ok || !asTyped.ok) return;
    expect(withIds.indicators.map((i) => [i.stt, i.label, i.rules])).toEqual(
      asTyped.indicators.map((i) => [i.stt, i.label, i.rules]),
    );
    expect(withIds.module.templates[0].columns.map((c) => c.key)).toEqual([
      "stt",
      "label",
      "unit",
      "y2023",
      "y2024",
      "note",
    ]);
  });
});
