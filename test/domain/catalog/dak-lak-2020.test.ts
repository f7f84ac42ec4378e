import { buildCatalog } from "../../../src/domain/catalog/catalog";
import type { IndicatorRow, Rule, Template } from "../../../src/domain/catalog/schema";
import { dakLak2020 } from "../../../src/domain/catalog/sources/dak-lak-2020";

const catalog = buildCatalog({ "dak-lak-2020": dakLak2020 });

function template(id: string): Template {
  const entry = catalog.get(id);
  if (!entry) throw new Error(`no template ${id}`);
  return entry.template;
}

const indicators = (t: Template) => t.rows.filter((r): r is IndicatorRow => r.type === "indicator");

function row(t: Template, id: string) {
  const r = t.rows.find((x) => x.type !== "entries" && x.id === id);
  if (!r || r.type === "entries") throw new Error(`no row ${id} in ${t.id}`);
  return r;
}

function maxOf(r: IndicatorRow): number {
  const rule = r.rule as Rule | undefined;
  if (rule?.kind !== "score") throw new Error(`row ${r.id} is not a score`);
  return rule.max;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe("dak-lak-2020 document", () => {
  it("loads through the schema with its two templates", () => {
    expect(catalog.templates.map((e) => e.template.id)).toEqual(["dl-pl1", "dl-pl2"]);
    const doc = catalog.get("dl-pl1")!.document;
    expect(doc.id).toBe("dak-lak-2020");
    expect(doc.issuer).toBe("Ủy ban nhân dân tỉnh Đắk Lắk");
    expect(doc.province).toBe("Đắk Lắk");
    expect(doc.year).toBe(2020);
  });

  it("has no broken PDF characters and is NFC", () => {
    const all = JSON.stringify(dakLak2020);
    expect(all).not.toMatch(/[ƣƢ]/);
    expect(all).toBe(all.normalize("NFC"));
    expect(all).not.toMatch(/ {2}/);
  });
});

describe("dl-pl1 (Phụ lục I, PAR Index)", () => {
  const t = template("dl-pl1");
  const byId = new Map(indicators(t).map((r) => [r.id, r]));
  const criteria = indicators(t).filter((r) => r.id !== "total");
  const fields = ["1", "2", "3", "4", "5", "6", "7", "8"];

  it("carries the printed header", () => {
    expect(t.appendix).toBe("Phụ lục I");
    expect(t.sheetName).toBe("PL-I PAR Index");
    expect(t.title).toEqual(["MỤC TIÊU PHẤN ĐẤU CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020"]);
    expect(t.attachedTo).toBe("Ban hành kèm theo Kế hoạch số /KH-UBND ngày /8/2020 của Chủ tịch UBND tỉnh Đắk Lắk");
    expect(t.columns.map((c) => [c.key, c.header, c.role])).toEqual([
      ["stt", "STT", "stt"],
      ["label", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "label"],
      ["max", "Điểm tối đa", "max"],
      ["y2019", "Điểm năm 2019", "value"],
      ["t2020", "Mục tiêu năm 2020", "value"],
      ["reporter", "Chủ trì tham mưu", "reporter"],
    ]);
  });

  it("has every criterion of the source (counted in the table: 8 fields, 43 x.y, 52 x.y.z) plus TỔNG ĐIỂM", () => {
    // x.y per field: 6, 4, 5, 4, 9, 4, 5, 6; x.y.z under 2.4 (4), 4.1-4.4 (3+3+3+3), 5.8 (2), 5.9 (4),
    // 6.1-6.4 (3+4+4+4), 7.1 (6), 7.2 (2), 7.3 (3), 7.5 (4).
    expect(criteria).toHaveLength(103);
    expect(criteria.filter((r) => r.level === 0)).toHaveLength(8);
    expect(criteria.filter((r) => r.level === 1)).toHaveLength(43);
    expect(criteria.filter((r) => r.level === 2)).toHaveLength(52);
    expect(t.rows).toHaveLength(104);
    for (const r of criteria) {
      expect(r.stt).toBe(r.id);
      expect(r.level).toBe(r.id.split(".").length - 1);
      expect(r.rule?.kind).toBe("score");
    }
  });

  it("the max scores of the 8 fields sum to 100, as TỔNG ĐIỂM prints", () => {
    expect(round2(fields.reduce((s, id) => s + maxOf(byId.get(id)!), 0))).toBe(100);
    const total = byId.get("total")!;
    expect(total.label).toBe("TỔNG ĐIỂM");
    expect(maxOf(total)).toBe(100);
    expect(total.cells).toEqual({ y2019: 79.53, t2020: 92.81 });
  });

  it("every parent's max equals the sum of its children's, and every parent has a sumOfChildren rule", () => {
    const rules = t.crossRules.filter((r) => r.type === "sumOfChildren");
    expect(rules).toHaveLength(24); // 8 fields, 15 sub-criteria with children, the total
    const ruled = new Map(rules.map((r) => [r.parent, r.children]));
    for (const [parent, children] of ruled) {
      const sum = children.reduce((s, c) => s + maxOf(byId.get(c)!), 0);
      expect([parent, round2(sum)]).toEqual([parent, maxOf(byId.get(parent)!)]);
    }
    // Children found from the STT tree must be exactly the rule's children.
    for (const r of criteria) {
      const kids = criteria.filter(
        (c) => c.id.startsWith(`${r.id}.`) && c.id.split(".").length === r.id.split(".").length + 1,
      );
      if (kids.length === 0) expect(ruled.has(r.id)).toBe(false);
      else expect(ruled.get(r.id)).toEqual(kids.map((k) => k.id));
    }
    expect(ruled.get("total")).toEqual(fields);
  });

  it("keeps the source's 2019 / 2020 figures that do not add up (the validator will flag them)", () => {
    const ruledChildren = (p: string): string[] => {
      for (const r of t.crossRules) if (r.type === "sumOfChildren" && r.parent === p) return r.children;
      throw new Error(`no sumOfChildren rule for ${p}`);
    };
    const sum = (parent: string, col: "y2019" | "t2020") =>
      round2(ruledChildren(parent).reduce((s, c) => s + (byId.get(c)!.cells![col] as number), 0));
    expect([sum("2", "y2019"), byId.get("2")!.cells!.y2019]).toEqual([8.66, 8.67]);
    expect([sum("3", "t2020"), byId.get("3")!.cells!.t2020]).toEqual([13.68, 13.7]);
    expect([sum("4", "y2019"), byId.get("4")!.cells!.y2019]).toEqual([7.73, 7.74]);
    expect([sum("5", "y2019"), byId.get("5")!.cells!.y2019]).toEqual([11.48, 11.47]);
    expect([sum("6", "y2019"), byId.get("6")!.cells!.y2019]).toEqual([8.42, 8.41]);
    expect(sum("total", "y2019")).toBe(79.53);
    expect(sum("total", "t2020")).toBe(92.81);
  });

  it.each([
    // id, label, max, 2019, 2020, Chủ trì tham mưu (copied from the source text)
    ["1", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC", 8.5, 6.5, 8, undefined],
    ["1.6", "Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", 1.5, 0.5, 1, "Văn phòng UBND tỉnh"],
    [
      "2.4.1",
      "Tính đồng bộ, thống nhất của hệ thống VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh",
      1,
      0.78,
      0.9,
      "Sở Tư pháp",
    ],
    ["3.4", "Kết quả giải quyết hồ sơ TTHC", 5, 4.97, 4.98, "Văn phòng UBND tỉnh"],
    ["4.3.3", "Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra", 1, 0, 1, undefined],
    ["5", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", 14, 11.47, 12.21, undefined],
    [
      "5.9.4",
      "Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính",
      1,
      0.57,
      0.62,
      "Sở Nội vụ",
    ],
    ["6", "CẢI CÁCH TÀI CHÍNH CÔNG", 12.5, 8.41, 11.9, "Sở Tài chính"],
    [
      "6.1.1",
      "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách Nhà nước hàng năm",
      1,
      0.86,
      1,
      "Sở Kế hoạch và Đầu tư",
    ],
    ["7.2", "Cung cấp dịch vụ công trực tuyến", 1.25, 0.56, 1.25, undefined],
    ["7.4", "Áp dụng Hệ thống quản lý chất lượng (ISO 9001) theo quy định", 1, 1, 1, "Sở Khoa học và Công nghệ"],
    [
      "8",
      "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH CỦA TỈNH",
      16,
      13.36,
      14.2,
      undefined,
    ],
    ["8.1", "Kết quả Chỉ số hài lòng (SIPAS)", 10, 7.54, 8.2, "Sở Nội vụ"],
  ] as const)("row %s", (id, label, max, y2019, t2020, reporter) => {
    const r = byId.get(id)!;
    expect(r.label).toBe(label);
    expect(maxOf(r)).toBe(max);
    expect(r.cells).toEqual({ y2019, t2020 });
    expect(r.reporter).toBe(reporter);
  });

  it("keeps the five departments of 4.3.1 and 4.4.3 one per line", () => {
    expect(byId.get("4.4.3")!.reporter).toBe(
      "- Sở Kế hoạch và Đầu tư;\n- Sở Tài chính;\n- Sở Tài nguyên và Môi trường;\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Sở Nội vụ.",
    );
    expect(byId.get("4.3.1")!.reporter).toBe(byId.get("4.4.3")!.reporter);
  });
});

describe("dl-pl2 (Phụ lục II, phân công)", () => {
  const t = template("dl-pl2");
  const tasks = indicators(t);
  const sections = t.rows.filter((r) => r.type === "section");

  it("carries the printed header and the two added report columns", () => {
    expect(t.appendix).toBe("Phụ lục II");
    expect(t.sheetName).toBe("PL-II Phân công");
    expect(t.title).toEqual(["PHÂN CÔNG THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020"]);
    expect(t.attachedTo).toBe("Ban hành kèm theo Kế hoạch số /KH-UBND ngày /8/2020 của Chủ tịch UBND tỉnh Đắk Lắk");
    expect(t.columns.map((c) => [c.key, c.header, c.role])).toEqual([
      ["stt", "STT", "stt"],
      ["label", "Lĩnh vực", "label"],
      ["sanPham", "Sản phẩm", "info"],
      ["yeuCau", "Yêu cầu chất lượng", "info"],
      ["thoiGian", "Thời gian hoàn thành", "info"],
      ["reporter", "Chủ trì", "reporter"],
      ["thucHien", "Thực hiện", "info"],
      ["ketQua", "Kết quả thực hiện (Chưa = 0; Đang làm = 1; Hoàn thành = 2)", "value"],
      ["note", "Ghi chú", "note"],
    ]);
    expect(t.columns.find((c) => c.key === "ketQua")!.rule).toEqual({
      kind: "code",
      codes: [
        { code: 0, label: "Chưa" },
        { code: 1, label: "Đang làm" },
        { code: 2, label: "Hoàn thành" },
      ],
    });
  });

  it("has every assignment of the source (counted in the table: 8 + 4 + 18 + 9 + 12 + 11 + 13 + 11)", () => {
    expect(tasks).toHaveLength(86);
    const perField = (f: string) => tasks.filter((r) => r.id.split(".")[0] === f).length;
    expect(["1", "2", "3", "4", "5", "6", "7", "8"].map(perField)).toEqual([8, 4, 18, 9, 12, 11, 13, 11]);
    expect(sections.filter((r) => r.level === 0).map((r) => r.stt)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    // 1.3, 1.4, 2.1, 3.1-3.5, 4.1-4.3, 5.1, 5.3, 5.5, 5.7, 6.1-6.3, 7.1-7.4, 8.1, 8.3
    expect(sections.filter((r) => r.level === 1)).toHaveLength(24);
    for (const r of tasks) {
      expect(r.rule).toBeUndefined();
      expect(r.stt).toBe(r.id);
    }
  });

  it.each([
    ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
    ["2", "NÂNG CAO CHẤT LƯỢNG CÔNG TÁC XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT"],
    ["4.2", "Thực hiện quy định về sử dụng biên chế được cấp có thẩm quyền giao"],
    ["8", "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA TỈNH"],
  ])("section %s", (id, label) => {
    const r = row(t, id);
    expect(r.type).toBe("section");
    expect(r.label).toBe(label);
  });

  it("spells the assignments as printed", () => {
    const r11 = row(t, "1.1");
    expect(r11.label).toBe("Kế hoạch CCHC năm");
    expect(r11.level).toBe(1);
    expect(r11.reporter).toBe("Sở Nội vụ");
    expect(r11.cells).toEqual({
      sanPham: "Kế hoạch CCHC",
      yeuCau: "- Xác định đầy đủ 07 nội dung CCHC theo quy định của Chính phủ;\n- Hoàn thành 100% Kế hoạch.",
      thoiGian: "Quý IV",
      thucHien: "Các sở, ban, ngành, UBND cấp huyện",
    });

    const r131 = row(t, "1.3.1");
    expect(r131.level).toBe(2);
    expect(r131.cells!.sanPham).toBe(
      "- Quyết định thành lập Đoàn kiểm tra;\n- Thông báo kết luận kiểm tra;\n- Báo cáo kết quả kiểm tra.",
    );
    expect(r131.cells!.yeuCau).toBe("Đạt từ 30% cơ quan, đơn vị trở lên");

    expect(row(t, "1.4.1").cells!.thucHien).toBe(
      "Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh; Báo Đắk Lắk; các sở, ban, ngành; UBND cấp huyện.",
    );
    expect(row(t, "2.1.1").reporter).toBe("Sở Tư pháp");
    expect(row(t, "3.3.3").cells!.yeuCau).toBe("Từ 50 TTHC trở lên");
    expect(row(t, "3.4.1").label).toBe(
      "Tỷ lệ hồ sơ TTHC do cơ quan chuyên môn cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn",
    );
    expect(row(t, "4.2.3").cells!.yeuCau).toBe("Đạt tỷ lệ 10%");
    expect(row(t, "4.3.1").reporter).toBe(
      "Sở Nội vụ; Sở Xây dựng; Sở Tài nguyên và Môi trường; Sở Kế hoạch và Đầu tư; Sở Tài chính",
    );
    expect(row(t, "5.6").cells!.thoiGian).toBe("Trước ngày 31/01 năm sau");
    expect(row(t, "6.1.1").reporter).toBe("Sở Kế hoạch và Đầu tư");
    expect(row(t, "7.3.1").cells!.thucHien).toBe("Các sở, ban, ngành; UBND cấp huyện; Bưu điện tỉnh");
    expect(row(t, "8.1.2").cells!.thoiGian).toBe("Thường xuyên");
    expect(row(t, "8.1.3").reporter).toBe("Văn phòng UBND tỉnh; Sở Nội vụ");
    expect(row(t, "8.6").cells).toEqual({
      sanPham: "Báo cáo tình hình phát triển kinh tế - xã hội của tỉnh trong năm",
      yeuCau: "Các chỉ tiêu phát triển kinh tế - xã hội đạt và vượt chỉ tiêu do HĐND tỉnh giao",
    });
  });
});
