import { buildCatalog } from "../../../src/domain/catalog/catalog";
import type { CrossRule, Row, Template } from "../../../src/domain/catalog/schema";
import { khanhHoa2020 } from "../../../src/domain/catalog/sources/khanh-hoa-2020";

/**
 * Checks the Khánh Hòa Phụ lục 2 templates against the source (000_1537bf84c2e3a51f.txt, lines 279-475).
 * Expected strings and counts below were copied / counted from the source text, not from the module.
 */

const catalog = buildCatalog({ "khanh-hoa-2020": khanhHoa2020 });

function tpl(id: string): Template {
  const entry = catalog.get(id);
  if (!entry) throw new Error(`no template ${id}`);
  return entry.template;
}

function row(t: Template, id: string): Row {
  const r = t.rows.find((x) => x.type !== "entries" && x.id === id);
  if (!r) throw new Error(`${t.id}: no row ${id}`);
  return r;
}

const indicators = (t: Template) => t.rows.filter((r) => r.type === "indicator");

const YEAR_TABLES = ["kh-pl2-ii1", "kh-pl2-ii2", "kh-pl2-ii3", "kh-pl2-ii5", "kh-pl2-ii6", "kh-pl2-ii7"];

describe("Khánh Hòa 2020, Phụ lục 2", () => {
  it("loads through the schema with its document", () => {
    const entry = catalog.get("kh-pl2-i");
    expect(entry?.document).toEqual({
      id: "khanh-hoa-2020",
      issuer: "Ủy ban nhân dân tỉnh Khánh Hòa",
      title:
        "Kế hoạch Tổng kết thực hiện Chương trình tổng thể cải cách hành chính nhà nước tỉnh Khánh Hòa giai đoạn 2011 - 2020 và xây dựng Chương trình cải cách hành chính nhà nước giai đoạn 2021 - 2030",
      province: "Khánh Hòa",
      year: 2020,
    });
  });

  it("has one template per table: I, II.1-II.3, II.4 a) and b), II.5-II.8", () => {
    // The source has 10 tables (II.4 is printed as two tables a and b).
    expect(catalog.templates).toHaveLength(10);
    expect(catalog.templates.map((e) => e.template.id)).toEqual([
      "kh-pl2-i",
      "kh-pl2-ii1",
      "kh-pl2-ii2",
      "kh-pl2-ii3",
      "kh-pl2-ii4a",
      "kh-pl2-ii4b",
      "kh-pl2-ii5",
      "kh-pl2-ii6",
      "kh-pl2-ii7",
      "kh-pl2-ii8",
    ]);
    expect(catalog.templates.map((e) => e.template.table)).toEqual([
      "I",
      "II.1",
      "II.2",
      "II.3",
      "II.4a",
      "II.4b",
      "II.5",
      "II.6",
      "II.7",
      "II.8",
    ]);
  });

  it("prints the appendix title, its Kèm theo line and each table's headings", () => {
    for (const { template: t } of catalog.templates) {
      expect(t.appendix).toBe("Phụ lục 2");
      // II.1 is at version 2: its four "Bộ tiêu chí" rows became text (see below).
      expect(t.version).toBe(t.id === "kh-pl2-ii1" ? "2" : "1");
      expect(t.title).toEqual(["THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH", "TỈNH KHÁNH HÒA QUA CÁC NĂM"]);
      expect(t.attachedTo).toBe(
        "Kèm theo Kế hoạch Tổng kết thực hiện Chương trình tổng thể cải cách hành chính nhà nước tỉnh Khánh Hòa giai đoạn 2011 - 2020 và xây dựng Chương trình cải cách hành chính nhà nước giai đoạn 2021 - 2030",
      );
      expect(t.sheetName.length).toBeLessThanOrEqual(20);
      expect(t.sheetName).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(tpl("kh-pl2-i").headings).toEqual(["I. Bảng phân công báo cáo, thống kê các chỉ tiêu trên các lĩnh vực"]);
    expect(tpl("kh-pl2-ii1").headings).toEqual([
      "II. Chi tiết chỉ tiêu thống kê trên các lĩnh vực",
      "1. Lĩnh vực chỉ đạo, điều hành",
    ]);
    expect(tpl("kh-pl2-ii3").headings[1]).toBe("3. Lĩnh vực cải cách thủ tục hành chính");
    expect(tpl("kh-pl2-ii4a").headings).toEqual([
      "II. Chi tiết chỉ tiêu thống kê trên các lĩnh vực",
      "4. Cải cách bộ máy hành chính nhà nước",
      "a) Số lượng, cơ cấu tổ chức thuộc UBND tỉnh",
    ]);
    expect(tpl("kh-pl2-ii4b").headings[2]).toBe("b) Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện");
    expect(tpl("kh-pl2-ii5").headings[1]).toBe(
      "5. Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    );
    expect(tpl("kh-pl2-ii8").headings[1]).toBe(
      "8. Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của các tỉnh, thành phố trực thuộc Trung ương giai đoạn 2011-2020",
    );
  });

  it("has the number of indicator rows counted in the source", () => {
    const expected: Record<string, number> = {
      // Table I assigns fields to reporters: no input.
      "kh-pl2-i": 0,
      // 1 (+2 "-"), 2, 3 Tuyên truyền: 5 "-", 4, 5 Bộ tiêu chí: 4 "-", 6 Đo lường: 3 "-", 7 Kinh phí: 2 "-".
      "kh-pl2-ii1": 19,
      // 1, its six kinds of VBQPPL, 2 ... 7.
      "kh-pl2-ii2": 13,
      // 1. (+3), 2., 3., 4. Một cửa: 6 "-", 5. Kết quả: 3 "-", 6. PAKN: 3 "-".
      "kh-pl2-ii3": 18,
      // Two phases each.
      "kh-pl2-ii4a": 2,
      "kh-pl2-ii4b": 2,
      // 1. and 2.: 2 "-" each, 3. ... 8.
      "kh-pl2-ii5": 10,
      // 1, 2 (+4), 3 (+3), 4 (+3), 5.
      "kh-pl2-ii6": 15,
      "kh-pl2-ii7": 14,
      "kh-pl2-ii8": 16,
    };
    for (const [id, n] of Object.entries(expected)) expect([id, indicators(tpl(id)).length]).toEqual([id, n]);
  });

  it("gives the year tables the value columns y2015 ... y2020 as printed", () => {
    for (const id of YEAR_TABLES) {
      const t = tpl(id);
      expect(t.periodColumns).toBe(true);
      const values = t.columns.filter((c) => c.role === "value");
      expect(values.map((c) => c.key)).toEqual(["y2015", "y2016", "y2017", "y2018", "y2019", "y2020"]);
      expect(values.map((c) => c.header)).toEqual([
        "Năm 2015",
        "Năm 2016",
        "Năm 2017",
        "Năm 2018",
        "Năm 2019",
        "Năm 2020 (Tính đến 31/3)",
      ]);
      expect(t.columns.slice(0, 3).map((c) => c.role)).toEqual(["stt", "label", "reporter"]);
      // Every year-table indicator has a rule for the year columns.
      for (const r of indicators(t)) expect(r.type === "indicator" && r.rule).toBeTruthy();
    }
  });

  it("keeps each table's headers as printed", () => {
    const headers = (id: string) => tpl(id).columns.map((c) => c.header);
    expect(headers("kh-pl2-i")).toEqual(["STT", "Lĩnh vực thống kê", "Đơn vị báo cáo", "Ghi chú"]);
    expect(tpl("kh-pl2-i").columns.map((c) => [c.key, c.role])).toEqual([
      ["stt", "stt"],
      ["label", "label"],
      ["reporter", "reporter"],
      ["ghiChu", "info"],
    ]);
    expect(headers("kh-pl2-ii1").slice(0, 3)).toEqual(["STT", "Chỉ tiêu", "Đơn vị tổng hợp, báo cáo"]);
    expect(headers("kh-pl2-ii2").slice(0, 3)).toEqual(["STT", "Nhiệm vụ/tiêu chí", "Đơn vị tổng hợp, báo cáo"]);
    expect(headers("kh-pl2-ii7").slice(0, 3)).toEqual(["STT", "Chỉ tiêu", "Đơn vị tổng hợp"]);
    expect(headers("kh-pl2-ii4a")).toEqual([
      "Đơn vị tổng hợp, báo cáo",
      "Giai đoạn",
      "Số Chi cục thuộc sở",
      "Số phòng, văn phòng, thanh tra thuộc Sở",
      "Ghi chú",
    ]);
    expect(headers("kh-pl2-ii4b")).toEqual([
      "Đơn vị tổng hợp, báo cáo",
      "Giai đoạn",
      "Số phòng chuyên môn thuộc UBND cấp huyện",
      "Số phòng, thanh tra thuộc UBND cấp huyện",
      "Số đơn vị sự nghiệp thuộc UBND cấp huyện",
      "Ghi chú",
    ]);
    expect(headers("kh-pl2-ii8")).toEqual([
      "STT",
      "Các mục tiêu cải cách",
      "Đơn vị chủ trì tự đánh giá",
      "Đánh giá kết quả đạt được (Đạt/Không đạt)",
    ]);
  });

  it("writes every text in Unicode NFC", () => {
    const texts: string[] = [];
    for (const { template: t, document } of catalog.templates) {
      texts.push(document.title, document.issuer, ...t.title, t.attachedTo ?? "", ...t.headings);
      for (const c of t.columns) texts.push(c.header);
      for (const r of t.rows) {
        if (r.type === "entries") continue;
        texts.push(r.label, r.reporter ?? "", ...Object.values(r.cells ?? {}).map(String));
      }
    }
    for (const s of texts) expect(s).toBe(s.normalize("NFC"));
  });

  /** [template, row id, STT, label, rule kind or "section", reporter] copied from the source. */
  type Spot = [string, string, string | undefined, string, string, string | undefined];
  const spots: Spot[] = [
    // Table I
    [
      "kh-pl2-i",
      "1",
      "1",
      "Lĩnh vực chỉ đạo, điều hành",
      "section",
      "Sở Nội vụ, Đài Phát thanh – Truyền hình Khánh Hòa; Các cơ quan, đơn vị, địa phương",
    ],
    ["kh-pl2-i", "2", "2", "Lĩnh vực cải cách thể chế", "section", "Sở Tư pháp, UBND cấp huyện, UBND cấp xã"],
    ["kh-pl2-i", "3", "3", "Lĩnh vực cải cách thủ tục hành chính", "section", "Văn phòng UBND tỉnh, Sở Nội vụ"],
    ["kh-pl2-i", "4", "4", "Cải cách bộ máy hành chính nhà nước", "section", "Các cơ quan, đơn vị, địa phương"],
    [
      "kh-pl2-i",
      "5",
      "5",
      "Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      "section",
      "Các cơ quan, đơn vị, địa phương",
    ],
    ["kh-pl2-i", "6", "6", "Lĩnh vực cải cách tài chính công", "section", "Các cơ quan, đơn vị, địa phương"],
    [
      "kh-pl2-i",
      "7",
      "7",
      "Lĩnh vực hiện đại hóa hành chính",
      "section",
      "Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ",
    ],
    [
      "kh-pl2-i",
      "8",
      "8",
      "Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của các tỉnh, thành phố trực thuộc Trung ương giai đoạn 2011-2020",
      "section",
      "Văn phòng UBND tỉnh, Sở Nội vụ, Sở Thông tin và Truyền thông",
    ],
    // II.1
    ["kh-pl2-ii1", "1", "1", "Số lượng văn bản chỉ đạo, điều hành", "count", "Sở Nội vụ"],
    ["kh-pl2-ii1", "1.a", "-", "Văn bản của Tỉnh ủy", "count", undefined],
    ["kh-pl2-ii1", "1.b", "-", "Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh", "count", undefined],
    ["kh-pl2-ii1", "2", "2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", "count", "Sở Nội vụ"],
    ["kh-pl2-ii1", "3", "3", "Tuyên truyền CCHC", "section", undefined],
    [
      "kh-pl2-ii1",
      "3.a",
      "-",
      "Tổ chức cuộc thi tìm hiểu CCHC cấp tỉnh (Có tổ chức = x; Không tổ chức = 0)",
      "flag",
      "Sở Nội vụ",
    ],
    ["kh-pl2-ii1", "3.b", "-", "Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh", "count", "Đài PT-TH Khánh Hòa"],
    ["kh-pl2-ii1", "3.c", "-", "Số lớp tập huấn chuyên đề CCHC", "count", "Sở Nội vụ"],
    // STT printed "--" in the source: an artefact for "-".
    [
      "kh-pl2-ii1",
      "3.d",
      "-",
      "Xây dựng chuyên mục CCHC trên cổng TTĐT của tỉnh (Có xây dựng = x; Không xây dựng = 0)",
      "flag",
      "Sở Nội vụ",
    ],
    ["kh-pl2-ii1", "3.e", "-", "Hình thức tuyên truyền CCHC khác (nếu có)", "text", "Sở Nội vụ"],
    ["kh-pl2-ii1", "4", "4", "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng", "count", "Sở Nội vụ"],
    ["kh-pl2-ii1", "5", "5", "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị", "section", "Sở Nội vụ"],
    ["kh-pl2-ii1", "5.a", "-", "Bộ tiêu chí đánh giá sở, ngành", "text", undefined],
    // Printed cut at "tại địa".
    ["kh-pl2-ii1", "5.d", "-", "Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương", "text", undefined],
    ["kh-pl2-ii1", "6", "6", "Đo lường sự hài lòng của người dân, tổ chức", "section", "Sở Nội vụ"],
    ["kh-pl2-ii1", "6.a", "-", "Số lượng dịch vụ đã khảo sát", "count", undefined],
    ["kh-pl2-ii1", "6.b", "-", "Số lượng mẫu đã khảo sát", "count", undefined],
    ["kh-pl2-ii1", "6.c", "-", "Mức độ hài lòng chung", "percent", undefined],
    ["kh-pl2-ii1", "7", "7", "Kinh phí CCHC hàng năm", "section", "Các cơ quan, đơn vị, địa phương"],
    ["kh-pl2-ii1", "7.a", "-", "Kinh phí CCHC sử dụng", "money", undefined],
    ["kh-pl2-ii1", "7.b", "-", "Kinh phí CCHC phân bổ", "money", undefined],
    // II.2
    [
      "kh-pl2-ii2",
      "1",
      "1",
      "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành",
      "count",
      "Sở Tư pháp",
    ],
    ["kh-pl2-ii2", "1.a", undefined, "Nghị quyết của Hội đồng nhân dân tỉnh", "count", "Sở Tư pháp"],
    ["kh-pl2-ii2", "1.b", undefined, "Quyết định của Ủy ban nhân dân tỉnh", "count", "Sở Tư pháp"],
    ["kh-pl2-ii2", "1.c", undefined, "Nghị quyết của Hội đồng nhân dân cấp huyện", "count", "UBND cấp huyện"],
    ["kh-pl2-ii2", "1.f", undefined, "Quyết định của Ủy ban nhân dân cấp xã", "count", "UBND cấp huyện"],
    [
      "kh-pl2-ii2",
      "2",
      "2",
      "Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát",
      "count",
      "Sở Tư pháp, UBND cấp huyện",
    ],
    [
      "kh-pl2-ii2",
      "3",
      "3",
      "Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát",
      "count",
      "Sở Tư pháp, UBND cấp huyện",
    ],
    ["kh-pl2-ii2", "4", "4", "Số VBQPPL đã kiểm tra theo thẩm quyền", "count", "Sở Tư pháp, UBND cấp huyện"],
    ["kh-pl2-ii2", "5", "5", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", "count", "Sở Tư pháp, UBND cấp huyện"],
    [
      "kh-pl2-ii2",
      "6",
      "6",
      "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý",
      "count",
      "Sở Tư pháp, UBND cấp huyện",
    ],
    [
      "kh-pl2-ii2",
      "7",
      "7",
      "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật",
      "count",
      "Sở Tư pháp, UBND cấp huyện",
    ],
    // II.3
    ["kh-pl2-ii3", "1", "1.", "Tổng số TTHC của tỉnh", "count", "Văn phòng UBND tỉnh"],
    ["kh-pl2-ii3", "1.a", "-", "Số lượng TTHC cấp tỉnh", "count", undefined],
    ["kh-pl2-ii3", "1.c", "-", "Số lượng TTHC cấp xã", "count", undefined],
    [
      "kh-pl2-ii3",
      "2",
      "2.",
      "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết...)",
      "count",
      "Văn phòng UBND tỉnh",
    ],
    [
      "kh-pl2-ii3",
      "3",
      "3.",
      "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
      "count",
      "Văn phòng UBND tỉnh",
    ],
    ["kh-pl2-ii3", "4", "4.", "Thực hiện cơ chế một cửa, một cửa liên thông", "section", "Sở Nội vụ"],
    [
      "kh-pl2-ii3",
      "4.a",
      "-",
      "Số lượng TTHC thực hiện được giải quyết tại Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
      "count",
      undefined,
    ],
    [
      "kh-pl2-ii3",
      "4.e",
      "-",
      "Số lượng TTHC hoặc nhóm TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền",
      "count",
      undefined,
    ],
    ["kh-pl2-ii3", "4.f", "-", "Số lượng TTHC đã thực hiện 4 tại chỗ", "count", undefined],
    ["kh-pl2-ii3", "5", "5.", "Kết quả giải quyết hồ sơ", "section", "Sở Nội vụ"],
    [
      "kh-pl2-ii3",
      "5.b",
      "-",
      "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)",
      "percent",
      undefined,
    ],
    ["kh-pl2-ii3", "6", "6.", "Tiếp nhận và xử lý PAKN về TTHC", "section", "Văn phòng UBND tỉnh"],
    ["kh-pl2-ii3", "6.a", "-", "Số lượng PAKN đã tiếp nhận trong năm", "count", undefined],
    ["kh-pl2-ii3", "6.b", "-", "Số lượng PAKN đã giải quyết trong năm", "count", undefined],
    // Printed "Công TTĐT" (typo for "Cổng").
    [
      "kh-pl2-ii3",
      "6.c",
      "-",
      "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT",
      "count",
      undefined,
    ],
    // II.4
    ["kh-pl2-ii4a", "p2001", undefined, "Giai đoạn 2001-2010 (Tính đến 12/2010)", "count", "Các Sở, ban, ngành"],
    ["kh-pl2-ii4a", "p2011", undefined, "Giai đoạn 2011-2020 (Tính đến 12/2019)", "count", "Các Sở, ban, ngành"],
    [
      "kh-pl2-ii4b",
      "p2001",
      undefined,
      "Giai đoạn 2001-2010 (Tính đến 12/2010)",
      "count",
      "UBND các huyện, thị xã, thành phố",
    ],
    [
      "kh-pl2-ii4b",
      "p2011",
      undefined,
      "Giai đoạn 2011-2020 (Tính đến 12/2019)",
      "count",
      "UBND các huyện, thị xã, thành phố",
    ],
    // II.5
    ["kh-pl2-ii5", "1", "1.", "Tổng số biên chế cán bộ, công chức", "section", "Các cơ quan, đơn vị, địa phương"],
    ["kh-pl2-ii5", "1.a", "-", "Tổng số được giao", "count", undefined],
    ["kh-pl2-ii5", "1.b", "-", "Tổng số có mặt", "count", undefined],
    ["kh-pl2-ii5", "2", "2.", "Tổng số biên chế viên chức", "section", "Các cơ quan, đơn vị, địa phương"],
    ["kh-pl2-ii5", "3", "3.", "Số công chức được tuyển dụng theo hình thức thi cạnh tranh", "count", "Sở Nội vụ"],
    [
      "kh-pl2-ii5",
      "4",
      "4.",
      "Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh tranh",
      "count",
      "Sở Nội vụ",
    ],
    ["kh-pl2-ii5", "5", "5.", "Số lượng cán bộ, công chức được tinh giản biên chế", "count", "Sở Nội vụ"],
    [
      "kh-pl2-ii5",
      "7",
      "7.",
      "Số lượng viên chức được bồi dưỡng, tập huấn hàng năm",
      "count",
      "Các cơ quan, đơn vị, địa phương",
    ],
    ["kh-pl2-ii5", "8", "8.", "Số lượng các lớp đào tạo, bồi dưỡng", "count", "Các cơ quan, đơn vị, địa phương"],
    // II.6
    ["kh-pl2-ii6", "1", "1", "Số cơ quan hành chính thực hiện cơ chế tự chủ", "count", "Sở Tài chính"],
    [
      "kh-pl2-ii6",
      "2",
      "2",
      "Số đơn vị sự nghiệp công lập thuộc UBND tỉnh thực hiện cơ chế tự chủ",
      "count",
      "Sở Tài chính",
    ],
    [
      "kh-pl2-ii6",
      "2.a",
      "-",
      "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư",
      "count",
      undefined,
    ],
    [
      "kh-pl2-ii6",
      "2.d",
      "-",
      "Số lượng đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên",
      "count",
      undefined,
    ],
    [
      "kh-pl2-ii6",
      "3",
      "3",
      "Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND tỉnh thực hiện cơ chế tự chủ",
      "count",
      "Các cơ quan chuyên môn",
    ],
    [
      "kh-pl2-ii6",
      "3.c",
      "-",
      "Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên",
      "count",
      undefined,
    ],
    [
      "kh-pl2-ii6",
      "4",
      "4",
      "Số đơn vị sự nghiệp công lập thuộc UBND cấp huyện thực hiện cơ chế tự chủ",
      "count",
      "UBND cấp huyện",
    ],
    ["kh-pl2-ii6", "4.b", "-", "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên", "count", undefined],
    [
      "kh-pl2-ii6",
      "5",
      "5",
      "Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm theo Nghị định số 54/2016/NĐ-CP",
      "count",
      "Sở Tài chính",
    ],
    // II.7
    [
      "kh-pl2-ii7",
      "1",
      "1.",
      "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử",
      "percent",
      "Sở Thông tin và Truyền thông",
    ],
    ["kh-pl2-ii7", "2", "2.", "Số đơn vị kết nối Trục liên thông văn bản QG", "count", "Sở Thông tin và Truyền thông"],
    ["kh-pl2-ii7", "5", "5.", "Số lượng chữ ký số", "count", "Sở Thông tin và Truyền thông"],
    ["kh-pl2-ii7", "6", "6.", "Tỷ lệ công chức có hộp thư điện tử", "percent", "Sở Thông tin và Truyền thông"],
    [
      "kh-pl2-ii7",
      "7",
      "7.",
      "Số cơ quan chuyên môn thuộc tỉnh, đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản",
      "count",
      "Sở Thông tin và Truyền thông",
    ],
    // Printed "Số cơ chuyên môn" ("quan" missing).
    [
      "kh-pl2-ii7",
      "8",
      "8.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc",
      "count",
      "Sở Thông tin và Truyền thông",
    ],
    // Printed "cấp tỉnh) đơn vị".
    [
      "kh-pl2-ii7",
      "9",
      "9.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện tử",
      "count",
      "Sở Thông tin và Truyền thông",
    ],
    [
      "kh-pl2-ii7",
      "11",
      "11.",
      "Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ",
      "percent",
      "Sở Thông tin và Truyền thông",
    ],
    [
      "kh-pl2-ii7",
      "13",
      "13.",
      "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử",
      "percent",
      "Sở Thông tin và Truyền thông",
    ],
    [
      "kh-pl2-ii7",
      "14",
      "14.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện đã Công bố HTQLCL ISO",
      "count",
      "Sở Khoa học và Công nghệ",
    ],
    // II.8
    [
      "kh-pl2-ii8",
      "1",
      "1.",
      "Thủ tục hành chính liên quan đến cá nhân, tổ chức được cải cách cơ bản theo hướng gọn nhẹ, đơn giản; mỗi năm đều có tỷ lệ giảm chi phí mà cá nhân, tổ chức phải bỏ ra khi giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước",
      "passFail",
      "Văn phòng UBND tỉnh",
    ],
    [
      "kh-pl2-ii8",
      "2",
      "2.",
      "Thủ tục hành chính được cải cách cơ bản, mức độ hài lòng của nhân dân và doanh nghiệp về thủ tục hành chính đạt mức trên 80% vào năm 2020",
      "passFail",
      "Sở Nội vụ",
    ],
    [
      "kh-pl2-ii8",
      "3",
      "3.",
      "Sắp xếp, tổ chức lại các cơ quan, đơn vị để không còn sự chồng chéo, bỏ trống hoặc trùng lặp về chức năng, nhiệm vụ, quyền hạn",
      "passFail",
      "Sở Nội vụ",
    ],
    // Printed "Chuyên giao".
    [
      "kh-pl2-ii8",
      "4",
      "4.",
      "Chuyển giao những công việc mà cơ quan hành chính nhà nước không nên làm hoặc làm hiệu quả thấp cho xã hội, các tổ chức xã hội, tổ chức phi chính phủ đảm nhận",
      "passFail",
      "Sở Nội vụ",
    ],
    [
      "kh-pl2-ii8",
      "6",
      "6.",
      "Sự hài lòng của cá nhân đối với dịch vụ do đơn vị sự nghiệp công cung cấp trong các lĩnh vực giáo dục, y tế đạt mức trên 80% vào năm 2020",
      "passFail",
      "Sở Nội vụ",
    ],
    // Broken by a page break in the source (label and reporter).
    [
      "kh-pl2-ii8",
      "9",
      "9.",
      "Các trang tin, cổng thông tin điện tử hoàn thành việc kết nối với Cổng Thông tin điện tử Chính phủ, hình thành đầy đủ Mạng thông tin điện tử hành chính trên Internet",
      "passFail",
      "Sở Thông tin và Truyền thông",
    ],
    [
      "kh-pl2-ii8",
      "10",
      "10.",
      "20% số lượng người dân và doanh nghiệp tham gia hệ thống thông tin Chính quyền điện tử được xác thực định danh điện tử thông suốt và hợp nhất trên tất cả các hệ thống thông tin của các cơ quan",
      "passFail",
      "Sở Thông tin và Truyền thông",
    ],
    [
      "kh-pl2-ii8",
      "14",
      "14.",
      "Tối thiểu 30% báo cáo định kỳ (không bao gồm nội dung mật) được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia.",
      "passFail",
      "Sở Thông tin và Truyền thông",
    ],
    [
      "kh-pl2-ii8",
      "15",
      "15.",
      "Rút ngắn từ 30% - 50% thời gian họp, giảm tối đa việc sử dụng tài liệu giấy thông qua Hệ thống thông tin phục vụ họp và xử lý công việc, văn phòng điện tử.",
      "passFail",
      "Sở Thông tin và Truyền thông",
    ],
    [
      "kh-pl2-ii8",
      "16",
      "16.",
      "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước.",
      "passFail",
      "Sở Thông tin và Truyền thông",
    ],
  ];

  it.each(spots)("%s row %s: STT %s, label, kind and reporter as printed", (tid, rid, stt, label, kind, reporter) => {
    const r = row(tpl(tid), rid);
    if (r.type === "entries") throw new Error("unexpected entries row");
    expect(r.stt).toBe(stt);
    expect(r.label).toBe(label);
    expect(r.type === "section" ? "section" : r.rule?.kind).toBe(kind);
    expect(r.reporter).toBe(reporter);
  });

  it("keeps table I's printed Ghi chú as fixed text", () => {
    const t = tpl("kh-pl2-i");
    const notes = t.rows.map((r) => (r.type === "entries" ? undefined : r.cells?.ghiChu));
    expect(notes).toEqual([
      "Các cơ quan, đơn vị, địa phương chỉ báo cáo chỉ tiêu số 7",
      "UBND cấp huyện tổng hợp chung kết quả thống kê của UBND cấp xã",
      undefined,
      "Sở Nội vụ tổng hợp chung",
      "Sở Nội vụ tổng hợp chung",
      "Sở Tài chính tổng hợp chung",
      undefined,
      undefined,
    ]);
    expect(t.rows.every((r) => r.type === "section" && r.level === 1)).toBe(true);
  });

  it("models the x/0 flag legends of II.1, and no legend where the source prints none", () => {
    const t = tpl("kh-pl2-ii1");
    const rule = (id: string) => {
      const r = row(t, id);
      return r.type === "indicator" ? r.rule : undefined;
    };
    expect(rule("3.a")).toEqual({
      kind: "flag",
      yes: { code: "x", label: "Có tổ chức" },
      no: { code: 0, label: "Không tổ chức" },
    });
    expect(rule("3.d")).toEqual({
      kind: "flag",
      yes: { code: "x", label: "Có xây dựng" },
      no: { code: 0, label: "Không xây dựng" },
    });
    // "Bộ tiêu chí đánh giá ...": no legend printed, so free text as in Bình Định's Phụ lục 1 (the audit found an
    // invented "Có = x; Không = 0" here).
    for (const id of ["5.a", "5.b", "5.c", "5.d"]) expect(rule(id)).toEqual({ kind: "text" });
  });

  it("models II.2's 'Chia theo tên loại VBQPPL' as a heading over six level-3 kinds", () => {
    const t = tpl("kh-pl2-ii2");
    const i = t.rows.findIndex((r) => r.type === "section" && r.label === "Chia theo tên loại VBQPPL");
    expect(i).toBe(1);
    expect(t.rows[i]).toMatchObject({ type: "section", level: 2 });
    const kinds = t.rows.slice(i + 1, i + 7);
    expect(kinds.map((r) => (r.type === "entries" ? "" : `${r.id}@${r.level}`))).toEqual([
      "1.a@3",
      "1.b@3",
      "1.c@3",
      "1.d@3",
      "1.e@3",
      "1.f@3",
    ]);
  });

  it("gives II.4 a) and b) count measure columns and phase rows", () => {
    for (const id of ["kh-pl2-ii4a", "kh-pl2-ii4b"]) {
      const t = tpl(id);
      expect(t.columns[0]).toMatchObject({ key: "reporter", role: "reporter" });
      expect(t.columns[1]).toMatchObject({ key: "label", role: "label" });
      expect(t.columns[t.columns.length - 1]).toMatchObject({ key: "note", header: "Ghi chú", role: "note" });
      for (const c of t.columns.filter((x) => x.role === "value")) expect(c.rule).toEqual({ kind: "count" });
      expect(t.rows.map((r) => (r.type === "entries" ? "" : r.id))).toEqual(["p2001", "p2011"]);
    }
    expect(tpl("kh-pl2-ii4a").columns.filter((c) => c.role === "value")).toHaveLength(2);
    expect(tpl("kh-pl2-ii4b").columns.filter((c) => c.role === "value")).toHaveLength(3);
  });

  it("rates II.8 Đạt/Không đạt in one column", () => {
    const values = tpl("kh-pl2-ii8").columns.filter((c) => c.role === "value");
    expect(values).toEqual([
      { key: "value", header: "Đánh giá kết quả đạt được (Đạt/Không đạt)", role: "value", rule: { kind: "passFail" } },
    ]);
  });

  it("has the cross rules the source implies, with the severity and doubt of each warning", () => {
    const rules = (id: string): CrossRule[] => tpl(id).crossRules;
    expect(rules("kh-pl2-ii1")).toEqual([
      { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b"], exhaustive: false, severity: "error" },
      {
        type: "notGreater",
        lesser: "7.a",
        greater: "7.b",
        relation: "other",
        severity: "warning",
        doubt: "carryOver",
      },
    ]);
    // Carry-over: a year's handling may concern the previous year's proposals and findings (audit).
    expect(rules("kh-pl2-ii2")).toEqual([
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
    expect(rules("kh-pl2-ii3")).toEqual(
      expect.arrayContaining([
        { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c"], exhaustive: true, severity: "error" },
        { type: "notGreater", lesser: "3", greater: "1", relation: "published", severity: "error" },
        {
          type: "notGreater",
          lesser: "4.a",
          greater: "1.a",
          relation: "other",
          severity: "warning",
          doubt: "inferred",
        },
        {
          type: "notGreater",
          lesser: "6.b",
          greater: "6.a",
          relation: "handled",
          severity: "warning",
          doubt: "carryOver",
        },
      ]),
    );
    expect(rules("kh-pl2-ii5")).toEqual([
      {
        type: "notGreater",
        lesser: "1.b",
        greater: "1.a",
        relation: "present",
        severity: "warning",
        doubt: "staffing",
      },
      {
        type: "notGreater",
        lesser: "2.b",
        greater: "2.a",
        relation: "present",
        severity: "warning",
        doubt: "staffing",
      },
    ]);
    expect(rules("kh-pl2-ii6")).toEqual([
      { type: "partsOfTotal", total: "2", parts: ["2.a", "2.b", "2.c", "2.d"], exhaustive: true, severity: "error" },
      { type: "partsOfTotal", total: "3", parts: ["3.a", "3.b", "3.c"], exhaustive: false, severity: "error" },
      { type: "partsOfTotal", total: "4", parts: ["4.a", "4.b", "4.c"], exhaustive: false, severity: "error" },
    ]);
  });

  it("gives the on-time rates of II.3 the whole/part order their label prints", () => {
    for (const id of ["5.a", "5.b", "5.c"]) {
      const r = row(tpl("kh-pl2-ii3"), id);
      expect(r.type === "indicator" && r.rule).toEqual({ kind: "percent", order: "wholePart" });
    }
  });
});
