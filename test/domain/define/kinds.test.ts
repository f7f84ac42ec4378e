import { parseLegend, ruleFromHeader, ruleFromLabel, ruleFromUnit } from "../../../src/domain/define";

describe("kinds from the unit of measure (DESIGN.md section 4)", () => {
  it.each([
    ["Văn bản", { kind: "count" }],
    ["Nhiệm vụ", { kind: "count" }],
    ["Cơ quan, đơn vị", { kind: "count" }],
    ["Chứng thư số, chữ ký số", { kind: "count" }],
    ["Tin/bài", { kind: "count" }],
    ["Cổng/trang", { kind: "count" }],
    ["TTHC", { kind: "count" }],
    ["Lượt", { kind: "count" }],
    ["Số TB đã bố trí", { kind: "count" }],
    ["Đồng", { kind: "money" }],
    ["Triệu đồng", { kind: "money" }],
    ["%", { kind: "percent" }],
    ["Tháng", { kind: "months" }],
    ["Đạt/Không đạt", { kind: "passFail" }],
    ["Đúng hạn/quá hạn", { kind: "status" }],
    ["... hồ sơ = ...%", { kind: "pair", form: "countPercent" }],
    ["Thủ tục ...= ...%", { kind: "pair", form: "countPercent" }],
    ["Cuộc/cuộc = .....%", { kind: "pair", form: "partWholePercent" }],
    ["Số tài khoản/ tổng", { kind: "pair", form: "partWhole" }],
    ["Số máy/Số người làm việc tại bộ phận 1 cửa", { kind: "pair", form: "ratio" }],
    ["Cuộc/người tham gia", { kind: "pair", form: "twoCounts" }],
    ["TTHC/KQ giải quyết", { kind: "pair", form: "twoCounts" }],
  ])("%s", (unit, rule) => {
    expect(ruleFromUnit(unit)).toEqual(rule);
  });

  it("reads legends into flags and codes, codes and labels as printed", () => {
    expect(ruleFromUnit("Có = 1; Không = 0")).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Có" },
      no: { code: 0, label: "Không" },
    });
    expect(ruleFromUnit("Không = 0 Có = 1")).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Có" },
      no: { code: 0, label: "Không" },
    });
    expect(ruleFromUnit("Đã thực hiện = 1 Chưa thực hiện = 0")).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Đã thực hiện" },
      no: { code: 0, label: "Chưa thực hiện" },
    });
    expect(ruleFromUnit("Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2")).toEqual({
      kind: "code",
      codes: [
        { code: 0, label: "Trực tuyến" },
        { code: 1, label: "Phát phiếu" },
        { code: 2, label: "Kết hợp" },
      ],
    });
    expect(ruleFromUnit("Chưa có = 0, 2 cấp = 1, 3 cấp = 2")).toEqual({
      kind: "code",
      codes: [
        { code: 0, label: "Chưa có" },
        { code: 1, label: "2 cấp" },
        { code: 2, label: "3 cấp" },
      ],
    });
  });

  it("says which units name no kind instead of guessing", () => {
    expect(ruleFromUnit("Điểm")).toEqual({ unknown: "Điểm" });
    expect(ruleFromUnit("Km")).toEqual({ unknown: "Km" });
    expect(ruleFromUnit("")).toBeUndefined();
    // "a = b + c" is no legend: every "=" must belong to a label = code pair.
    expect(parseLegend("Tổng = A + B")).toBeUndefined();
    expect(parseLegend("Có = 1")).toBeUndefined();
  });
});

describe("kinds from the label and the column header", () => {
  it.each([
    ["Số lượng văn bản chỉ đạo, điều hành", { kind: "count" }],
    ["Tổng số TTHC của tỉnh", { kind: "count" }],
    ["Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh", { kind: "count" }],
    [
      "Tỷ lệ hồ sơ TTHC cấp tỉnh giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)",
      { kind: "percent", order: "wholePart" },
    ],
    ["Tỉ lệ hồ sơ giải quyết trực tuyến", { kind: "percent" }],
    ["Kinh phí CCHC sử dụng", { kind: "money" }],
    ["Hình thức tuyên truyền CCHC khác (nếu có)", { kind: "text" }],
    [
      "Tổ chức cuộc thi tìm hiểu CCHC cấp tỉnh (Có tổ chức = x; Không tổ chức = 0)",
      { kind: "flag", yes: { code: "x", label: "Có tổ chức" }, no: { code: 0, label: "Không tổ chức" } },
    ],
  ])("%s", (label, rule) => {
    expect(ruleFromLabel(label)).toEqual(rule);
  });

  it("leaves labels that say no kind to the caller", () => {
    expect(ruleFromLabel("Bộ tiêu chí đánh giá sở, ngành")).toBeUndefined();
    expect(ruleFromLabel("Số liệu về biên chế công chức")).toBeUndefined();
    expect(ruleFromLabel("Kế hoạch CCHC")).toBeUndefined();
  });

  it("types columns by their header, and leaves years and 'Số liệu' to the rows", () => {
    expect(ruleFromHeader("Đánh giá kết quả đạt được (Đạt/Không đạt)")).toEqual({ kind: "passFail" });
    expect(ruleFromHeader("Kết quả thực hiện (Chưa = 0; Đang làm = 1; Hoàn thành = 2)")).toMatchObject({
      kind: "code",
    });
    expect(ruleFromHeader("Số văn bản")).toEqual({ kind: "text" });
    expect(ruleFromHeader("Trích yếu nội dung văn bản")).toEqual({ kind: "text" });
    expect(ruleFromHeader("Thời hạn ban hành văn bản")).toEqual({ kind: "date" });
    expect(ruleFromHeader("Đúng hạn/quá hạn")).toEqual({ kind: "status" });
    expect(ruleFromHeader("Số Chi cục thuộc sở")).toEqual({ kind: "count" });
    expect(ruleFromHeader("Năm 2020 (Tính đến 31/3)")).toBeUndefined();
    expect(ruleFromHeader("Số liệu")).toBeUndefined();
  });
});
