import { buildCatalog } from "../../../src/domain/catalog/catalog";
import type { CrossRule, Row, Template } from "../../../src/domain/catalog/schema";
import { binhDinhDocument } from "../../../src/domain/catalog/sources/binh-dinh-2020-document";
import { binhDinhPl1to4 } from "../../../src/domain/catalog/sources/binh-dinh-2020-pl1-4";

const catalog = buildCatalog({ "binh-dinh-2020": { document: binhDinhDocument, templates: binhDinhPl1to4 } });

function template(id: string): Template {
  const entry = catalog.get(id);
  if (!entry) throw new Error(`no template ${id}`);
  return entry.template;
}

const indicators = (t: Template) =>
  t.rows.filter((r): r is Extract<Row, { type: "indicator" }> => r.type === "indicator");

function row(t: Template, id: string): Row {
  const r = t.rows.find((x) => x.type !== "entries" && x.id === id);
  if (!r) throw new Error(`${t.id}: no row ${id}`);
  return r;
}

/** [row id, STT as printed (undefined = none), label as printed, rule kind or "section"]. */
type Spot = [string, string | undefined, string, string];

function checkSpots(t: Template, spots: Spot[]) {
  for (const [id, stt, label, kind] of spots) {
    const r = row(t, id);
    if (r.type === "entries") throw new Error("unexpected entries");
    expect({ id, stt: r.stt, label: r.label }).toEqual({ id, stt, label });
    expect({ id, kind: r.type === "indicator" ? r.rule?.kind : r.type }).toEqual({ id, kind });
  }
}

const YEARS = ["Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020 (Tính đến 31/3)"];
const ATTACHED = "Kèm theo Kế hoạch số: 04/KH-UBND, ngày 20 tháng 01 năm 2020 của UBND tỉnh";

describe("Bình Định 2020, Phụ lục 1-4", () => {
  it("loads six templates of the document", () => {
    expect(catalog.templates.map((e) => e.template.id)).toEqual([
      "bd-pl1",
      "bd-pl2",
      "bd-pl3",
      "bd-pl4-i",
      "bd-pl4-ii",
      "bd-pl4-iii",
    ]);
    for (const e of catalog.templates) {
      expect(e.document.id).toBe("binh-dinh-2020");
      for (const r of e.template.rows) if (r.type !== "entries") expect(r.label).toBe(r.label.normalize("NFC"));
    }
  });

  it("has the indicator rows counted in the source", () => {
    // Counted in the source text (one cell per line), rows with value cells that are not headings:
    // PL1: 1 + 2 "-", 2, 3's five "-", 4, 5's four criteria sets (first two printed in one cell), 6's three "-".
    // PL2: 1 + six kinds of VBQPPL, 2 ... 7.
    // PL3: 1. + four "-", 2., 3., 4.'s six "-", 5.'s three "-", 6.'s three "-".
    // PL4 I, II, III: the two phases.
    const expected: Record<string, number> = {
      "bd-pl1": 17,
      "bd-pl2": 13,
      "bd-pl3": 19,
      "bd-pl4-i": 2,
      "bd-pl4-ii": 2,
      "bd-pl4-iii": 2,
    };
    for (const [id, n] of Object.entries(expected))
      expect({ id, n: indicators(template(id)).length }).toEqual({ id, n });
    expect(
      template("bd-pl1")
        .rows.filter((r) => r.type === "section")
        .map((r) => r.stt),
    ).toEqual(["3", "5", "6"]);
    expect(
      template("bd-pl3")
        .rows.filter((r) => r.type === "section")
        .map((r) => r.stt),
    ).toEqual(["4.", "5.", "6."]);
  });

  it("Phụ lục 1 matches the source", () => {
    const t = template("bd-pl1");
    expect(t.appendix).toBe("Phụ lục 1");
    expect(t.title).toEqual(["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"]);
    expect(t.attachedTo).toBe(ATTACHED);
    expect(t.sheetName).toBe("PL1");
    expect(t.periodColumns).toBe(true);
    expect(t.columns.map((c) => c.header)).toEqual(["STT", "Chỉ tiêu", ...YEARS]);
    expect(t.columns.filter((c) => c.role === "value").map((c) => c.key)).toEqual([
      "y2015",
      "y2016",
      "y2017",
      "y2018",
      "y2019",
      "y2020",
    ]);
    checkSpots(t, [
      ["1", "1", "Số lượng văn bản chỉ đạo, điều hành", "count"],
      ["1.a", "-", "Văn bản của Tỉnh/Thành ủy", "count"],
      ["1.b", "-", "Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh", "count"],
      ["2", "2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", "count"],
      ["3", "3", "Tuyên truyền CCHC", "section"],
      ["3.a", "-", "Tổ chức cuộc thi tìm hiểu CCHC (Có tổ chức = 1; Không tổ chức = 0)", "flag"],
      ["3.b", "-", "Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh", "count"],
      ["3.d", "-", "Xây dựng chuyên mục CCHC trên Cổng TTĐT của tỉnh (Có xây dựng = 1; Không xây dựng = 0)", "flag"],
      ["3.e", "-", "Hình thức tuyên truyền CCHC khác (nếu có).", "text"],
      ["4", "4", "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng", "count"],
      ["5", "5", "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị", "section"],
      ["5.a", undefined, "Bộ tiêu chí đánh giá sở, ngành", "text"],
      ["5.b", undefined, "Bộ tiêu chí đánh giá UBND cấp huyện", "text"],
      ["5.d", undefined, "Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương", "text"],
      ["6.b", "-", "Số lượng mẫu đã khảo sát", "count"],
      ["6.c", "-", "Mức độ hài lòng chung", "percent"],
    ]);
    const flag = row(t, "3.a");
    expect(flag.type === "indicator" && flag.rule).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Có tổ chức" },
      no: { code: 0, label: "Không tổ chức" },
    });
    const flag2 = row(t, "3.d");
    expect(flag2.type === "indicator" && flag2.rule).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Có xây dựng" },
      no: { code: 0, label: "Không xây dựng" },
    });
    // Modelled once with Khánh Hòa II.1 (national-2020.ts): the audit found these parts had to add up here and not
    // there; neither source says the two issuers are the only ones counted.
    expect(t.crossRules).toEqual<CrossRule[]>([
      { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b"], exhaustive: false, severity: "error" },
    ]);
    // The plan (II.2.a) assigns Phụ lục 1 to Sở Nội vụ.
    for (const r of t.rows) if (r.type !== "entries") expect(r.reporter).toBe("Sở Nội vụ");
  });

  it("Phụ lục 2 matches the source", () => {
    const t = template("bd-pl2");
    expect(t.appendix).toBe("Phụ lục 2");
    expect(t.title).toEqual(["THỐNG KÊ CÁC NHIỆM VỤ TẠI LĨNH VỰC CẢI CÁCH THỂ CHẾ"]);
    expect(t.attachedTo).toBe(ATTACHED);
    expect(t.sheetName).toBe("PL2");
    expect(t.columns.map((c) => c.header)).toEqual(["STT", "Nhiệm vụ/Tiêu chí", ...YEARS]);
    checkSpots(t, [
      ["1", "1", "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành", "count"],
      ["1.a", undefined, "Nghị quyết của HĐND tỉnh, thành phố trực thuộc trung ương", "count"],
      ["1.b", undefined, "Quyết định của Ủy ban nhân dân cấp tỉnh", "count"],
      // Source typo "Hội đồng nhân cấp huyện", fixed.
      ["1.c", undefined, "Nghị quyết của Hội đồng nhân dân cấp huyện", "count"],
      ["1.f", undefined, "Quyết định của Ủy ban nhân dân cấp xã", "count"],
      ["2", "2", "Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát", "count"],
      [
        "3",
        "3",
        "Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát",
        "count",
      ],
      ["4", "4", "Số VBQPPL đã kiểm tra theo thẩm quyền", "count"],
      // Source typo "Số VBQPL", fixed.
      ["5", "5", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", "count"],
      ["6", "6", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý", "count"],
      ["7", "7", "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật", "count"],
    ]);
    const heading = t.rows[1];
    expect(heading).toMatchObject({ type: "section", label: "Chia theo tên loại VBQPPL" });
    // Year-end carry-over makes "handled <= found" a warning; 5 <= 4 is read from the labels, as in Khánh Hòa II.2.
    expect(t.crossRules).toEqual<CrossRule[]>([
      {
        type: "partsOfTotal",
        total: "1",
        parts: ["1.a", "1.b", "1.c", "1.d", "1.e", "1.f"],
        exhaustive: true,
        severity: "error",
      },
      { type: "notGreater", lesser: "3", greater: "2", relation: "handled", severity: "warning", doubt: "carryOver" },
      { type: "notGreater", lesser: "6", greater: "5", relation: "handled", severity: "warning", doubt: "carryOver" },
      { type: "notGreater", lesser: "5", greater: "4", relation: "other", severity: "warning", doubt: "inferred" },
    ]);
    for (const r of t.rows) if (r.type !== "entries") expect(r.reporter).toBe("Sở Tư pháp");
  });

  it("Phụ lục 3 matches the source", () => {
    const t = template("bd-pl3");
    expect(t.appendix).toBe("Phụ lục 3");
    expect(t.title).toEqual(["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]);
    expect(t.attachedTo).toBe(ATTACHED);
    expect(t.sheetName).toBe("PL3");
    expect(t.columns.map((c) => c.header)).toEqual(["STT", "Chỉ tiêu", ...YEARS]);
    checkSpots(t, [
      ["1", "1.", "Tổng số TTHC của tỉnh", "count"],
      ["1.a", "-", "Số lượng TTHC cấp tỉnh", "count"],
      ["1.d", "-", "Số TTHC do tỉnh ban hành (được giao trong Luật)", "count"],
      [
        "2",
        "2.",
        "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết…)",
        "count",
      ],
      [
        "3",
        "3.",
        "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
        "count",
      ],
      ["4", "4.", "Thực hiện cơ chế một cửa, một cửa liên thông", "section"],
      // Source typo "trả kế quả", fixed.
      [
        "4.a",
        "-",
        "Số lượng TTHC thực hiện được giải quyết tại Trung tâm phục vụ hành chính công cấp tỉnh hoặc Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
        "count",
      ],
      ["4.f", "-", "Số TTHC đã thực hiện 4 tại chỗ", "count"],
      ["5", "5.", "Kết quả giải quyết hồ sơ TTHC", "section"],
      ["5.a", "-", "Tỷ lệ hồ sơ TTHC cấp tỉnh giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", "percent"],
      ["5.c", "-", "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", "percent"],
      ["6", "6.", "Tiếp nhận và xử lý PAKN về TTHC", "section"],
      ["6.a", "-", "Số lượng PAKN đã tiếp nhận trong năm", "count"],
      ["6.c", "-", "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT", "count"],
    ]);
    expect(t.crossRules).toEqual<CrossRule[]>([
      { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c"], exhaustive: true, severity: "error" },
      { type: "partsOfTotal", total: "1", parts: ["1.d"], exhaustive: false, severity: "error" },
      { type: "notGreater", lesser: "3", greater: "1", relation: "published", severity: "error" },
      { type: "notGreater", lesser: "2", greater: "1", relation: "other", severity: "warning", doubt: "inferred" },
      { type: "notGreater", lesser: "4.a", greater: "1.a", relation: "other", severity: "warning", doubt: "inferred" },
      { type: "notGreater", lesser: "4.b", greater: "1.b", relation: "other", severity: "warning", doubt: "inferred" },
      { type: "notGreater", lesser: "4.c", greater: "1.c", relation: "other", severity: "warning", doubt: "inferred" },
      // PAKN resolved and replies published in a year may concern PAKN received the year before.
      {
        type: "notGreater",
        lesser: "6.b",
        greater: "6.a",
        relation: "handled",
        severity: "warning",
        doubt: "carryOver",
      },
      {
        type: "notGreater",
        lesser: "6.c",
        greater: "6.b",
        relation: "published",
        severity: "warning",
        doubt: "carryOver",
      },
    ]);
    // "(đã tiếp nhận/đã trả đúng hẹn)": the whole is printed before the part.
    for (const id of ["5.a", "5.b", "5.c"]) {
      const r = row(t, id);
      expect(r.type === "indicator" && r.rule).toEqual({ kind: "percent", order: "wholePart" });
    }
    for (const r of t.rows) if (r.type !== "entries") expect(r.reporter).toBe("Văn phòng UBND tỉnh");
  });

  it("Phụ lục 4 tables match the source", () => {
    const title = ["THỐNG KÊ VÀ SO SÁNH SỐ LƯỢNG TỔ CHỨC THUỘC TỈNH/HUYỆN", "(Tính đến ngày 31 tháng 12 năm 2019)"];
    const attached = "Kèm theo Kế hoạch số: 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh";
    const expected: Record<string, { table: string; sheet: string; heading: string; headers: string[] }> = {
      "bd-pl4-i": {
        table: "I",
        sheet: "PL4-I",
        heading: "I. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp tỉnh",
        headers: [
          "Tỉnh, thành phố",
          "Giai đoạn",
          "Số cơ quan chuyên môn thuộc UBND tỉnh",
          "Số Chi cục thuộc Sở",
          "Số phòng, văn phòng, thanh tra thuộc Sở",
          "Số đơn vị sự nghiệp thuộc UBND tỉnh",
          "Ghi chú",
        ],
      },
      "bd-pl4-ii": {
        table: "II",
        sheet: "PL4-II",
        heading: "II. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện",
        headers: [
          "Tỉnh, thành phố",
          "Giai đoạn",
          "Số UBND cấp huyện",
          "Số phòng chuyên môn thuộc UBND cấp huyện",
          "Số văn phòng, thanh tra thuộc UBND cấp huyện",
          "Số đơn vị sự nghiệp thuộc UBND cấp huyện",
          "Ghi chú",
        ],
      },
      "bd-pl4-iii": {
        table: "III",
        sheet: "PL4-III",
        heading: "III. Số lượng đơn vị sự nghiệp công lập phân theo các lĩnh vực",
        headers: [
          "Tỉnh, thành phố",
          "Giai đoạn",
          ...Array.from({ length: 4 }, () => [
            "Thuộc UBND cấp tỉnh",
            "Thuộc CQ chuyên môn cấp tỉnh",
            "Thuộc UBND cấp huyện",
          ]).flat(),
        ],
      },
    };
    for (const [id, e] of Object.entries(expected)) {
      const t = template(id);
      expect(t.appendix).toBe("Phụ lục 4");
      expect(t.table).toBe(e.table);
      expect(t.sheetName).toBe(e.sheet);
      expect(t.title).toEqual(title);
      expect(t.attachedTo).toBe(attached);
      expect(t.headings).toEqual([e.heading]);
      expect(t.columns.map((c) => c.header)).toEqual(e.headers);
      // "Tỉnh, thành phố" is printed blank for the province's name: filled with Bình Định, never a locked blank.
      expect(t.columns.slice(0, 2).map((c) => [c.key, c.role])).toEqual([
        ["tinh", "info"],
        ["label", "label"],
      ]);
      expect(t.version).toBe("2");
      checkSpots(t, [
        ["p2001", undefined, "Giai đoạn 2001-2010 (Tính đến 12/2010)", "count"],
        ["p2011", undefined, "Giai đoạn 2011-2020 (Tính đến 12/2019)", "count"],
      ]);
      for (const r of t.rows)
        if (r.type !== "entries") expect([r.reporter, r.cells]).toEqual(["Sở Nội vụ", { tinh: "Bình Định" }]);
    }
    const iii = template("bd-pl4-iii");
    const values = iii.columns.filter((c) => c.role === "value");
    expect(values).toHaveLength(12);
    expect(values.map((c) => c.key)).toEqual([
      "gdTinh",
      "gdCqcm",
      "gdHuyen",
      "ytTinh",
      "ytCqcm",
      "ytHuyen",
      "vhTinh",
      "vhCqcm",
      "vhHuyen",
      "khacTinh",
      "khacCqcm",
      "khacHuyen",
    ]);
    expect([...new Set(values.map((c) => c.group))]).toEqual([
      "Sự nghiệp GD-ĐT",
      "Sự nghiệp y tế",
      "Sự nghiệp VH,TDTT",
      "Sự nghiệp khác",
    ]);
    expect(values[4]).toMatchObject({ group: "Sự nghiệp y tế", header: "Thuộc CQ chuyên môn cấp tỉnh" });
    expect(iii.columns.some((c) => c.role === "note")).toBe(false);
    expect(template("bd-pl4-i").columns.find((c) => c.key === "chiCuc")?.header).toBe("Số Chi cục thuộc Sở");
  });
});
