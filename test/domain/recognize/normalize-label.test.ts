import { catalog } from "../../../src/domain/catalog";
import { looseLabel, normalizeLabel } from "../../../src/domain/recognize/normalize-label";

const same = (a: string, b: string) => expect([a, normalizeLabel(a)]).toEqual([a, normalizeLabel(b)]);
const differ = (a: string, b: string) => expect(normalizeLabel(a)).not.toBe(normalizeLabel(b));

describe("normalizeLabel", () => {
  it("folds Unicode forms (NFD from macOS), case and spacing, NBSP included", () => {
    same("Ủy ban nhân dân".normalize("NFD"), "ủy ban nhân dân");
    same("TỔNG SỐ  BIÊN\u00a0CHẾ\nCÁN BỘ", "Tổng số biên chế cán bộ");
    expect(normalizeLabel("  Tổng số được giao ")).toBe("tổng số được giao");
  });

  it("puts the tone of oa, oe, uy on one vowel, old style or new", () => {
    same("Khánh Hoà", "Khánh Hòa");
    same("Uỷ ban", "Ủy ban");
    same("thuỷ lợi", "thủy lợi");
    same("sức khoẻ", "sức khỏe");
    same("điện tử hoá", "điện tử hóa");
    expect(normalizeLabel("Hoà")).toBe("hòa");
    // Tones that both rules place alike are left alone.
    expect(normalizeLabel("hoàn thành quý")).toBe("hoàn thành quý");
    same("tỉ lệ", "tỷ lệ");
  });

  it("strips a leading STT or bullet, not a number that belongs to the label", () => {
    for (const prefix of [
      "1.",
      "1.1.",
      "3.4.1.2.",
      "3.4.1",
      "1)",
      "(1)",
      "I",
      "II.",
      "IV)",
      "a)",
      "đ)",
      "-",
      "–",
      "+",
      "•",
      "1. -",
    ])
      expect([prefix, normalizeLabel(`${prefix} Số văn bản chỉ đạo`)]).toEqual([prefix, "số văn bản chỉ đạo"]);
    expect(normalizeLabel("20% số lượng người dân")).toBe("20% số lượng người dân");
    expect(normalizeLabel("100% cơ quan kết nối")).toBe("100% cơ quan kết nối");
    expect(normalizeLabel("VI PHẠM hành chính")).toBe("vi phạm hành chính");
    expect(normalizeLabel("VI. Xây dựng chính quyền số")).toBe("xây dựng chính quyền số");
  });

  it("strips HTML tags and entities", () => {
    same("<b>Số</b>&nbsp;<i>TTHC</i> cấp tỉnh", "Số thủ tục hành chính cấp tỉnh");
  });

  it("drops punctuation but keeps '=', '/' and '%' (legends and ratios)", () => {
    same("Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh.", "Văn bản của UBND tỉnh Chủ tịch UBND tỉnh");
    same("(Có tổ chức = x; Không tổ chức = 0)", "Có tổ chức=x Không tổ chức=0");
    differ("Có tổ chức = x; Không tổ chức = 0", "Có tổ chức = 1; Không tổ chức = 0");
    same("Cổng/ Trang TTĐT", "Cổng/Trang thông tin điện tử");
    same("Tỷ lệ 95 %", "Tỷ lệ 95%");
    differ("Số máy/Số người", "Số máy Số người");
  });

  it("expands abbreviations as whole words, both ways to one form", () => {
    const pairs: [string, string][] = [
      ["Số TTHC cấp tỉnh", "Số thủ tục hành chính cấp tỉnh"],
      ["Số VBQPPL đã rà soát", "Số văn bản quy phạm pháp luật đã rà soát"],
      ["Kế hoạch CCHC", "Kế hoạch cải cách hành chính"],
      ["Văn bản của UBND tỉnh", "Văn bản của Ủy ban nhân dân tỉnh"],
      ["Nghị quyết của HĐND tỉnh", "Nghị quyết của Hội đồng nhân dân tỉnh"],
      ["đào tạo CBCCVC", "đào tạo cán bộ, công chức, viên chức"],
      ["Số ĐVSNCL thuộc UBND tỉnh", "Số đơn vị SNCL thuộc UBND tỉnh"],
      ["Số đơn vị SNCL thuộc UBND tỉnh", "Số đơn vị sự nghiệp công lập thuộc UBND tỉnh"],
      ["Cổng TTĐT của tỉnh", "Cổng thông tin điện tử của tỉnh"],
      ["Cổng DVC quốc gia", "Cổng dịch vụ công QG"],
      ["Số lượng PAKN đã tiếp nhận", "Số lượng phản ánh, kiến nghị đã tiếp nhận"],
      ["qua dịch vụ BCCI", "qua dịch vụ bưu chính công ích"],
      ["hưởng lương từ NSNN", "hưởng lương từ ngân sách nhà nước"],
      ["trên đài PT-TH tỉnh", "trên đài phát thanh truyền hình tỉnh"],
      ["Trục liên thông VBQG", "Trục liên thông văn bản QG"],
      ["chất lượng VB QPPL", "chất lượng văn bản quy phạm pháp luật"],
    ];
    for (const [a, b] of pairs) same(a, b);
    // Only whole words: "TTHC" inside another word is not expanded.
    expect(normalizeLabel("TTHCX")).toBe("tthcx");
  });

  it("drops a gloss that repeats the phrase it follows: 'văn bản quy phạm pháp luật (VBQPPL)'", () => {
    same("Tổng số văn bản quy phạm pháp luật (VBQPPL) đã ban hành", "Tổng số VBQPPL đã ban hành");
    same("Ứng dụng công nghệ thông tin (CNTT) của tỉnh", "Ứng dụng CNTT của tỉnh");
    same("tại các đơn vị sự nghiệp công lập (SNCL)", "tại các ĐVSNCL");
  });

  it("keeps the words that tell rows apart", () => {
    differ("Văn bản của Tỉnh ủy", "Văn bản của Tỉnh/Thành ủy");
    differ("Số lượng TTHC cấp tỉnh", "Số lượng TTHC cấp xã");
    differ("Số lượng TTHC đã thực hiện 4 tại chỗ", "Số TTHC đã thực hiện 4 tại chỗ");
  });

  it("looseLabel leaves out what is in parentheses", () => {
    expect(looseLabel("Xây dựng chuyên mục CCHC (Có xây dựng = 1; Không xây dựng = 0)")).toBe(
      normalizeLabel("Xây dựng chuyên mục cải cách hành chính"),
    );
  });

  it("keeps every label of a template distinct, except those the source itself repeats", () => {
    const repeats: string[] = [];
    for (const { template } of catalog().templates) {
      const seen = new Map<string, string>();
      for (const row of template.rows) {
        if (row.type === "entries") continue;
        const key = normalizeLabel(row.label);
        expect(key).not.toBe("");
        const other = seen.get(key);
        if (other !== undefined && other !== row.label) repeats.push(`${template.id}: ${other} / ${row.label}`);
        seen.set(key, row.label);
      }
    }
    // Two labels that differ in print and are one after normalisation would be a loss of information.
    expect(repeats).toEqual([]);
  });
});
