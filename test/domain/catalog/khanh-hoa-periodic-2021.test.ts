import { buildCatalog } from "../../../src/domain/catalog/catalog";
import type { IndicatorRow, Row, RuleKind, Template } from "../../../src/domain/catalog/schema";
import { khanhHoaPeriodic2021 } from "../../../src/domain/catalog/sources/khanh-hoa-periodic-2021";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../../fixtures/cam-ranh-2021-values";

/*
 * Expectations are copied from /work/shared/seeds/002_807bea0d791532b5.txt (Phụ lục 2, lines 166-378), not read
 * back from the module.
 */

const catalog = buildCatalog({ "khanh-hoa-periodic-2021": khanhHoaPeriodic2021 });
const template: Template = catalog.get("kh-dinhky-pl2")!.template;
const indicators = template.rows.filter((r): r is IndicatorRow => r.type === "indicator");
type Line = Exclude<Row, { type: "entries" }>;
const lines = template.rows.filter((r): r is Line => r.type !== "entries");
const byId = new Map(lines.filter((r) => r.id).map((r) => [r.id!, r] as [string, Line]));
const row = (id: string): Line => {
  const r = byId.get(id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const ind = (id: string): IndicatorRow => {
  const r = row(id);
  if (r.type !== "indicator") throw new Error(`${id} is not an indicator`);
  return r;
};

describe("Khánh Hòa periodic Phụ lục 2 (filled in by Ban Quản lý Khu du lịch bán đảo Cam Ranh)", () => {
  it("loads through the catalog as one template of its document", () => {
    const entries = catalog.templates.filter((e) => e.document.id === "khanh-hoa-periodic-2021");
    expect(entries).toHaveLength(1);
    expect(template.appendix).toBe("Phụ lục 2");
    expect(template.sheetName).toBe("PL2-Định kỳ");
    expect(template.periodColumns).toBe(false);
    expect(template.title).toEqual([
      "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
      "TẠI {unit}",
    ]);
    expect(template.attachedTo).toContain("Ban hành kèm theo Báo cáo số");
    expect(template.attachedTo).toContain("{unit}");
    expect(template.attachedTo).not.toMatch(/BQLKDL|Cam Ranh/);
    const doc = catalog.get("kh-dinhky-pl2")!.document;
    expect(doc.province).toBe("Khánh Hòa");
    expect(doc.year).toBe(2021);
    expect(doc.title).toContain("1852/UBND");
  });

  it("has the printed columns", () => {
    expect(template.columns.map((c) => [c.key, c.header, c.group ?? null, c.role])).toEqual([
      ["stt", "STT", null, "stt"],
      ["label", "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", null, "label"],
      ["unit", "Đơn vị tính", "Kết quả thống kê", "unit"],
      ["value", "Số liệu", "Kết quả thống kê", "value"],
      ["reporter", "Đơn vị thực hiện", null, "reporter"],
    ]);
  });

  it("has every row of the table", () => {
    // 160 table rows (lines with an STT or a label, less the 11 repeated headers and the "hóa" continuation);
    // 126 of them print a unit of measure, and two "Trong đó:" totals print none (1.3.1 and 7.6.4):
    // 128 indicators and 32 headings.
    expect(template.rows).toHaveLength(160);
    expect(indicators).toHaveLength(128);
    expect(template.rows.filter((r) => r.type === "section")).toHaveLength(32);
    expect(indicators.filter((r) => r.unit !== undefined)).toHaveLength(126);
    expect(indicators.filter((r) => r.unit === undefined).map((r) => r.id)).toEqual(["1.3.1", "7.6.4"]);
    // Top sections 1. ... 7.
    expect(lines).toHaveLength(template.rows.length);
    expect(lines.filter((r) => r.level === 0).map((r) => r.stt)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
  });

  it("maps every distinct unit of measure to its rule kind", () => {
    const expected: Record<string, RuleKind> = {
      "Nhiệm vụ": "count",
      "Văn bản": "count",
      "Cơ quan, đơn vị": "count",
      "Vấn đề": "count",
      "Số lượng": "count",
      "Thủ tục": "count",
      "Quyết định": "count",
      "Quy trình": "count",
      "Hồ sơ": "count",
      "Tin nhắn": "count",
      Người: "count",
      "Cổng/trang": "count", // printed "Công/trang"
      "Chứng thư số, chữ ký số": "count",
      Email: "count",
      "%": "percent",
      Đồng: "money",
      Tháng: "months",
      "Không = 0 Có = 1": "flag",
      "Chưa = 0 Có = 1": "flag",
      "Chưa = 0 Hoàn thành = 1": "flag",
      "Đã thực hiện = 1 Chưa thực hiện = 0": "flag",
      "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2": "code",
      "Chưa có = 0 2 cấp = 1 3 cấp = 2": "code",
      "Chưa = 0 Đang làm = 1 Hoàn thành = 2": "code",
    };
    const seen = new Set<string>();
    for (const r of indicators) {
      if (r.unit === undefined) {
        expect([r.id, r.rule?.kind]).toEqual([r.id, "count"]);
        continue;
      }
      seen.add(r.unit);
      expect([r.id, r.unit, r.rule?.kind]).toEqual([r.id, r.unit, expected[r.unit]]);
    }
    expect([...seen].sort()).toEqual(Object.keys(expected).sort());
    // Units per kind, as counted in the source: 22 "%" rows, 19 "Thủ tục", 19 "Người", 17 "Cơ quan, đơn vị".
    expect(indicators.filter((r) => r.unit === "%")).toHaveLength(22);
    expect(indicators.filter((r) => r.unit === "Thủ tục")).toHaveLength(19);
    expect(indicators.filter((r) => r.unit === "Người")).toHaveLength(19);
    expect(indicators.filter((r) => r.unit === "Cơ quan, đơn vị")).toHaveLength(17);
  });

  it("keeps the legends' codes", () => {
    expect(ind("1.6.b").rule).toEqual({
      kind: "code",
      codes: [
        { code: 0, label: "Trực tuyến" },
        { code: 1, label: "Phát phiếu" },
        { code: 2, label: "Kết hợp" },
      ],
    });
    expect(ind("1.7").rule).toEqual({ kind: "flag", yes: { code: 1, label: "Có" }, no: { code: 0, label: "Không" } });
    expect(ind("5.3.a").rule).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Đã thực hiện" },
      no: { code: 0, label: "Chưa thực hiện" },
    });
    expect(ind("7.1").rule).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Hoàn thành" },
      no: { code: 0, label: "Chưa" },
    });
    expect(ind("7.2").rule).toMatchObject({
      kind: "code",
      codes: [
        { code: 0, label: "Chưa có" },
        { code: 1, label: "2 cấp" },
        { code: 2, label: "3 cấp" },
      ],
    });
    // 7.4 and 7.6.2 "- Cấp huyện": legends rejoined across page breaks.
    expect(ind("7.4").unit).toBe("Chưa = 0 Đang làm = 1 Hoàn thành = 2");
    expect(ind("7.4").rule).toMatchObject({ kind: "code" });
    expect(ind("7.6.2.b").unit).toBe("Chưa = 0 Có = 1");
    expect(ind("7.6.2.b").rule).toMatchObject({ kind: "flag" });
  });

  it("spells labels, STTs and reporters as printed", () => {
    const spot: [string, string, string][] = [
      ["1", "1.", "Công tác chỉ đạo điều hành CCHC"],
      ["1.1", "1.1.", "Kế hoạch CCHC"], // Cam Ranh's "- 02/QĐ-BQLKDL ..." removed
      ["1.1.a", "-", "Số nhiệm vụ đề ra trong kế hoạch"],
      ["1.3", "1.3.", "Kiểm tra CCHC"], // Cam Ranh's "- Dự kiến thực hiện trong Quý III/2021" removed
      ["1.3.2.b", "-", "Số vấn đề phát hiện đã xử lý xong"],
      ["1.5.c", "-", "Số nhiệm vụ đã hoàn thành nhưng quá hạn"],
      ["3.2", "3.2.", "Tổng số TTHC ngành/lĩnh vực đang có hiệu lực. Trong đó:"],
      ["3.4.1", "3.4.1", "Thống kê quy trình nội bộ giải quyết TTHC của cơ quan hành chính nhà nước thuộc tỉnh"],
      ["3.4.1.4", "3.4.1.4.", "Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa"],
      ["3.4.7.4", "3.4.7.4", "Tin nhắn tự động thông báo tiến độ, kết quả giải quyết hồ sơ TTHC"],
      ["4.1.4.d", "-", "Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015"],
      ["5.4", "5.4.", "Số liệu về xử lý kỷ luật cán bộ, công chức (cả về Đảng và chính quyền)"],
      ["6.5", "6.5.", "Số lượng đơn vị SNCL đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)"],
      ["7.6.3", "7.6.3.", "Tổng số VĂN BẢN ĐI giữa các cơ quan nhà nước trên địa bàn tỉnh. Trong đó:"],
      [
        "7.6.3.a",
        "-",
        "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)",
      ],
      ["7.6.4.c", "-", "Cấp xã"],
      ["7.7.c", "-", "Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống"],
    ];
    for (const [id, stt, label] of spot) expect([id, row(id).stt, row(id).label]).toEqual([id, stt, label]);

    expect(row("1.1").type).toBe("section");
    expect(row("1.3").type).toBe("section");
    expect(row("1.1").reporter).toBe(
      "- Sở Nội vụ báo cáo kết quả thực hiện của tỉnh - Các cơ quan, đơn vị, địa phương báo cáo",
    );
    // Reporters broken across page breaks, rejoined on the row where they start.
    expect(row("1.7").reporter).toBe(
      "- Đối với các đơn vị được giao nhiệm vụ tại Kế hoạch CCHC tỉnh - Các đơn vị khác (nếu có) - Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả thực hiện của tỉnh",
    );
    expect(row("6").reporter).toBe("- Sở Tài chính tổng hợp, báo cáo - Các cơ quan, đơn vị, địa phương báo cáo");
    expect(row("5.2.2.a").reporter).toBe("Các cơ quan, đơn vị, địa phương báo cáo");
    expect(row("5.2.2.b").reporter).toBeUndefined();
    expect(row("3.4.7.1").reporter).toBe(
      "- Sở Thông tin và Truyền thông tổng hợp, báo cáo - Cơ quan, đơn vị, địa phương báo cáo (bao gồm các cơ quan ngành dọc)",
    );
    expect(row("3.4.6.g").reporter).toBe("- Sở Lao động - Thương binh và Xã hội - UBND cấp huyện");

    // No page-break header, no italics markup, NFC everywhere.
    for (const r of lines) {
      for (const s of [r.label, r.unit ?? "", r.reporter ?? "", r.stt ?? ""]) {
        expect(s).toBe(s.normalize("NFC"));
        expect(s).not.toMatch(/<\/?i>|Chỉ tiêu thống kê/);
      }
      expect(r.label).not.toMatch(/^-/);
    }
  });

  it("has the cross rules the source implies", () => {
    const rules = template.crossRules;
    expect(rules).toContainEqual({
      type: "notGreater",
      lesser: "1.1.b",
      greater: "1.1.a",
      relation: "completed",
      severity: "error",
    });
    expect(rules).toContainEqual({
      type: "partsOfTotal",
      total: "1.5.a",
      parts: ["1.5.b", "1.5.c"],
      exhaustive: false,
      severity: "error",
    });
    // Handled <= found across a period boundary: the issues handled may have been found in the previous period.
    expect(rules).toContainEqual({
      type: "notGreater",
      lesser: "1.3.2.b",
      greater: "1.3.2.a",
      relation: "handled",
      severity: "warning",
      doubt: "carryOver",
    });
    expect(rules).toContainEqual({
      type: "notGreater",
      lesser: "2.5",
      greater: "2.4",
      relation: "handled",
      severity: "warning",
      doubt: "carryOver",
    });
    expect(rules).toContainEqual({
      type: "partsOfTotal",
      total: "3.2",
      parts: ["3.2.a", "3.2.b", "3.2.c"],
      exhaustive: true,
      severity: "error",
    });
    // 3.4.4: the source does not say the three categories partition the total (audit): each is among it, their
    // sum is not checked.
    expect(rules.filter((r) => r.type === "partsOfTotal" && r.total === "3.4.4")).toEqual(
      ["3.4.4.a", "3.4.4.b", "3.4.4.c"].map((part) => ({
        type: "partsOfTotal",
        total: "3.4.4",
        parts: [part],
        exhaustive: false,
        severity: "error",
      })),
    );
    for (const lesser of ["4.2.b", "4.3.b"])
      expect(rules).toContainEqual({
        type: "notGreater",
        lesser,
        greater: lesser.replace(/b$/, "a"),
        relation: "present",
        severity: "warning",
        doubt: "staffing",
      });
    // The five "lũy kế" rows: compared with the previous period's report (rules/compare-periods.ts).
    expect(rules.filter((r) => r.type === "cumulative").map((r) => r.type === "cumulative" && r.row)).toEqual([
      "6.1",
      "6.2",
      "6.3",
      "6.4",
      "6.5",
    ]);
    // Every "Trong đó:" total that is an indicator has a partsOfTotal rule.
    const totals = indicators.filter((r) => r.label.endsWith("Trong đó:")).map((r) => r.id);
    expect(totals).toEqual(["3.2", "3.4.2", "3.4.3", "3.4.4", "4.1.4", "7.6.2", "7.6.3", "7.6.4"]);
    const withParts = new Set(rules.flatMap((r) => (r.type === "partsOfTotal" ? [r.total] : [])));
    // 7.6.3's parts are rates of the total, not counts: no partsOfTotal for it.
    for (const t of totals.filter((t) => t !== "7.6.3")) expect([t, withParts.has(t)]).toEqual([t, true]);
  });

  it("has a fixture whose every key is an indicator of the template", () => {
    expect(camRanhUnit).toBe("Ban Quản lý Khu du lịch bán đảo Cam Ranh");
    expect(camRanhPeriod).toBe("6 tháng đầu năm 2021");
    const ids = new Set(indicators.map((r) => r.id));
    for (const k of Object.keys(camRanhValues)) expect([k, ids.has(k)]).toEqual([k, true]);
    // The eight filled "Số liệu" cells of the source.
    expect(camRanhValues).toEqual({
      "1.1.a": 23,
      "1.1.b": 15,
      "1.5.a": 28,
      "1.5.b": 22,
      "5.1.2": 1,
      "5.2.2.a": 11,
      "6.4": 1,
      "7.6.3.a": "149/149",
    });
    // "149/149" is typed in a % row.
    expect(ind("7.6.3.a").rule).toEqual({ kind: "percent" });
  });
});
