import type { Rule, TemplateInput } from "../schema";
import { COUNT, MONEY, PASS_FAIL, PERCENT, TEXT, type RowInput, flag, ind, section } from "./builders";

/**
 * The national indicator set of the 2011-2020 CCHC review, as two provinces print it: Khánh Hòa's Phụ lục 2
 * tables II.1-II.3 and II.5-II.8 (source 000_1537bf84c2e3a51f.txt) and Bình Định's Phụ lục 1-3 and 5-8 (source
 * 001_dca8338820b63d1f.txt). Each table is written once below, with its cross rules; where a province prints a
 * row differently (a word, an STT, a flag legend) the row holds both spellings, and a row that only one province
 * prints says which. Reporters are not here: each province module gives them (Khánh Hòa prints them in a column,
 * Bình Định's plan assigns them by appendix). Phụ lục 4 / table II.4 differ in structure and stay in their modules.
 */

export type Province = "kh" | "bd";
type PerProvince<T> = T | { kh: T; bd: T };

const pick = <T>(v: PerProvince<T>, p: Province): T =>
  typeof v === "object" && v !== null && "kh" in v && "bd" in v ? v[p] : (v as T);

/** The code each province prints for "yes" in a flag legend: "Có tổ chức = x" (Khánh Hòa), "= 1" (Bình Định). */
const YES_CODE: Record<Province, "x" | 1> = { kh: "x", bd: 1 };

interface NationalRow {
  /** Absent on a heading no rule refers to. */
  id?: string;
  stt: PerProvince<string | undefined>;
  label: PerProvince<string>;
  level: number;
  /** Absent on a heading. */
  rule?: PerProvince<Rule>;
  /** A row only this province prints. */
  only?: Province;
}

type CrossRuleInput = NonNullable<TemplateInput["crossRules"]>[number];
type NationalRule = CrossRuleInput & { only?: Province };

export interface NationalTable {
  rows: NationalRow[];
  crossRules: NationalRule[];
}

const row = (
  id: string | undefined,
  stt: PerProvince<string | undefined>,
  label: PerProvince<string>,
  level: number,
  rule?: PerProvince<Rule>,
  only?: Province,
): NationalRow => ({ id, stt, label, level, rule, only });

/** A flag row: its label ends with the legend, spelled with the province's own "yes" code. */
const flagRow = (id: string, base: PerProvince<string>, yes: string, no: string): NationalRow =>
  row(
    id,
    "-",
    {
      kh: `${pick(base, "kh")} (${yes} = ${YES_CODE.kh}; ${no} = 0)`,
      bd: `${pick(base, "bd")} (${yes} = ${YES_CODE.bd}; ${no} = 0)`,
    },
    2,
    { kh: flag(YES_CODE.kh, yes, 0, no), bd: flag(YES_CODE.bd, yes, 0, no) },
  );

/** A table's rows as one province prints them, each with the reporter the province gives it. */
export function nationalRows(
  table: NationalTable,
  province: Province,
  reporter: (row: { id?: string; level: number }) => string | undefined,
): RowInput[] {
  return table.rows
    .filter((r) => !r.only || r.only === province)
    .map((r) => {
      const who = reporter(r);
      const extra = who === undefined ? {} : { reporter: who };
      const stt = pick(r.stt, province);
      const label = pick(r.label, province);
      return r.rule === undefined
        ? section(r.id, stt, label, r.level, extra)
        : ind(r.id!, stt, label, r.level, pick(r.rule, province), extra);
    });
}

/** A table's cross rules for one province. */
export function nationalCrossRules(table: NationalTable, province: Province): CrossRuleInput[] {
  return table.crossRules.filter((r) => !r.only || r.only === province).map(({ only: _only, ...rule }) => rule);
}

// ---------------------------------------------------------------------------------------------------------
// Lĩnh vực chỉ đạo, điều hành (Khánh Hòa II.1, Bình Định Phụ lục 1)

export const DIRECTION: NationalTable = {
  rows: [
    row("1", "1", "Số lượng văn bản chỉ đạo, điều hành", 1, COUNT),
    // Bình Định prints these two with an empty STT cell and the dash at the start of the label.
    row("1.a", "-", { kh: "Văn bản của Tỉnh ủy", bd: "Văn bản của Tỉnh/Thành ủy" }, 2, COUNT),
    row("1.b", "-", "Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh", 2, COUNT),
    row("2", "2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", 1, COUNT),
    row("3", "3", "Tuyên truyền CCHC", 1),
    flagRow(
      "3.a",
      { kh: "Tổ chức cuộc thi tìm hiểu CCHC cấp tỉnh", bd: "Tổ chức cuộc thi tìm hiểu CCHC" },
      "Có tổ chức",
      "Không tổ chức",
    ),
    row("3.b", "-", "Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh", 2, COUNT),
    row("3.c", "-", "Số lớp tập huấn chuyên đề CCHC", 2, COUNT),
    // Khánh Hòa prints "--" as this row's STT (an extraction artefact for "-") and "cổng" in lower case.
    flagRow(
      "3.d",
      {
        kh: "Xây dựng chuyên mục CCHC trên cổng TTĐT của tỉnh",
        bd: "Xây dựng chuyên mục CCHC trên Cổng TTĐT của tỉnh",
      },
      "Có xây dựng",
      "Không xây dựng",
    ),
    // Free text: the unit names the other forms of communication it used.
    row(
      "3.e",
      "-",
      { kh: "Hình thức tuyên truyền CCHC khác (nếu có)", bd: "Hình thức tuyên truyền CCHC khác (nếu có)." },
      2,
      TEXT,
    ),
    row("4", "4", "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng", 1, COUNT),
    row("5", "5", "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị", 1),
    // Neither province prints a unit or a legend for the four sets of criteria: the answer is free text ("Có",
    // or the decision that issued the set), not a flag with an invented legend. Bình Định prints no STT and
    // puts the first two in one cell (two lines of one cell: two indicators, as Khánh Hòa prints them).
    row("5.a", { kh: "-", bd: undefined }, "Bộ tiêu chí đánh giá sở, ngành", 2, TEXT),
    row("5.b", { kh: "-", bd: undefined }, "Bộ tiêu chí đánh giá UBND cấp huyện", 2, TEXT),
    row("5.c", { kh: "-", bd: undefined }, "Bộ tiêu chí đánh giá UBND cấp xã", 2, TEXT),
    // Khánh Hòa's copy cuts this label at "... tại địa"; completed as Bình Định prints it.
    row("5.d", { kh: "-", bd: undefined }, "Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương", 2, TEXT),
    row("6", "6", "Đo lường sự hài lòng của người dân, tổ chức", 1),
    row("6.a", "-", "Số lượng dịch vụ đã khảo sát", 2, COUNT),
    row("6.b", "-", "Số lượng mẫu đã khảo sát", 2, COUNT),
    row("6.c", "-", "Mức độ hài lòng chung", 2, PERCENT),
    // Used and allocated funds are two different quantities, not parts of a total: the parent is a heading.
    row("7", "7", "Kinh phí CCHC hàng năm", 1, undefined, "kh"),
    row("7.a", "-", "Kinh phí CCHC sử dụng", 2, MONEY, "kh"),
    row("7.b", "-", "Kinh phí CCHC phân bổ", 2, MONEY, "kh"),
  ],
  crossRules: [
    // Documents of the party committee and of UBND tỉnh / its chairman: neither source says they are the only
    // kinds counted in the total, so the parts must not exceed it but need not add up to it.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b"], exhaustive: false },
    // Funds used may exceed the year's allocation when funds of the previous year are carried over.
    {
      type: "notGreater",
      lesser: "7.a",
      greater: "7.b",
      relation: "other",
      severity: "warning",
      doubt: "carryOver",
      only: "kh",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Lĩnh vực cải cách thể chế (Khánh Hòa II.2, Bình Định Phụ lục 2)

export const INSTITUTIONS: NationalTable = {
  rows: [
    row("1", "1", "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành", 1, COUNT),
    // Printed as a cell spanning the six rows below (no STT): a heading over six sub-items.
    row(undefined, undefined, "Chia theo tên loại VBQPPL", 2),
    row(
      "1.a",
      undefined,
      { kh: "Nghị quyết của Hội đồng nhân dân tỉnh", bd: "Nghị quyết của HĐND tỉnh, thành phố trực thuộc trung ương" },
      3,
      COUNT,
    ),
    row(
      "1.b",
      undefined,
      { kh: "Quyết định của Ủy ban nhân dân tỉnh", bd: "Quyết định của Ủy ban nhân dân cấp tỉnh" },
      3,
      COUNT,
    ),
    // Bình Định prints "Hội đồng nhân cấp huyện" (missing "dân"); fixed.
    row("1.c", undefined, "Nghị quyết của Hội đồng nhân dân cấp huyện", 3, COUNT),
    row("1.d", undefined, "Quyết định của Ủy ban nhân dân cấp huyện", 3, COUNT),
    row("1.e", undefined, "Nghị quyết của Hội đồng nhân dân cấp xã", 3, COUNT),
    row("1.f", undefined, "Quyết định của Ủy ban nhân dân cấp xã", 3, COUNT),
    row("2", "2", "Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát", 1, COUNT),
    row(
      "3",
      "3",
      "Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát",
      1,
      COUNT,
    ),
    row("4", "4", "Số VBQPPL đã kiểm tra theo thẩm quyền", 1, COUNT),
    // Bình Định prints "Số VBQPL" (typo for VBQPPL, as in row 6); fixed.
    row("5", "5", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", 1, COUNT),
    row("6", "6", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý", 1, COUNT),
    // A number of documents (no "Số" in the label, no unit printed): count.
    row("7", "7", "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật", 1, COUNT),
  ],
  crossRules: [
    // The six kinds of local VBQPPL (HĐND and UBND at the three levels) make up the total.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c", "1.d", "1.e", "1.f"], exhaustive: true },
    // Handled after review <= proposed after review, illegal documents handled <= found: a year's handling may
    // concern the previous year's proposals and findings.
    { type: "notGreater", lesser: "3", greater: "2", relation: "handled", severity: "warning", doubt: "carryOver" },
    { type: "notGreater", lesser: "6", greater: "5", relation: "handled", severity: "warning", doubt: "carryOver" },
    // Documents found illegal are found among those checked (read from the labels: findings may also come from
    // reviews or complaints).
    { type: "notGreater", lesser: "5", greater: "4", relation: "other", severity: "warning", doubt: "inferred" },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Lĩnh vực cải cách thủ tục hành chính (Khánh Hòa II.3, Bình Định Phụ lục 3)

/** "(đã tiếp nhận/đã trả đúng hạn)": the label prints the rate's whole before its part. */
const RATE_WHOLE_PART: Rule = { kind: "percent", order: "wholePart" };
const onTime = (level: string): PerProvince<string> => ({
  kh: `Tỷ lệ hồ sơ TTHC ${level} giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)`,
  bd: `Tỷ lệ hồ sơ TTHC ${level} giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)`,
});

export const PROCEDURES: NationalTable = {
  rows: [
    row("1", "1.", "Tổng số TTHC của tỉnh", 1, COUNT),
    row("1.a", "-", "Số lượng TTHC cấp tỉnh", 2, COUNT),
    row("1.b", "-", "Số lượng TTHC cấp huyện", 2, COUNT),
    row("1.c", "-", "Số lượng TTHC cấp xã", 2, COUNT),
    row("1.d", "-", "Số TTHC do tỉnh ban hành (được giao trong Luật)", 2, COUNT, "bd"),
    row(
      "2",
      "2.",
      {
        kh: "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết...)",
        bd: "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết…)",
      },
      1,
      COUNT,
    ),
    row(
      "3",
      "3.",
      "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
      1,
      COUNT,
    ),
    // Its sub-items count different things (by level, by mechanism): the parent is a heading.
    row("4", "4.", "Thực hiện cơ chế một cửa, một cửa liên thông", 1),
    // Bình Định prints "trả kế quả" (typo for "kết quả"); fixed.
    row(
      "4.a",
      "-",
      {
        kh: "Số lượng TTHC thực hiện được giải quyết tại Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
        bd: "Số lượng TTHC thực hiện được giải quyết tại Trung tâm phục vụ hành chính công cấp tỉnh hoặc Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
      },
      2,
      COUNT,
    ),
    row("4.b", "-", "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp huyện", 2, COUNT),
    row("4.c", "-", "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp xã", 2, COUNT),
    row("4.d", "-", "Số lượng TTHC được giải quyết theo cơ chế một cửa liên thông cùng cấp", 2, COUNT),
    row(
      "4.e",
      "-",
      "Số lượng TTHC hoặc nhóm TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền",
      2,
      COUNT,
    ),
    row("4.f", "-", { kh: "Số lượng TTHC đã thực hiện 4 tại chỗ", bd: "Số TTHC đã thực hiện 4 tại chỗ" }, 2, COUNT),
    row("5", "5.", { kh: "Kết quả giải quyết hồ sơ", bd: "Kết quả giải quyết hồ sơ TTHC" }, 1),
    // "(đã tiếp nhận/đã trả đúng hạn)" says how the rate is computed; the cell takes the rate.
    row("5.a", "-", onTime("cấp tỉnh"), 2, RATE_WHOLE_PART),
    row("5.b", "-", onTime("cấp huyện"), 2, RATE_WHOLE_PART),
    row("5.c", "-", onTime("cấp xã"), 2, RATE_WHOLE_PART),
    row("6", "6.", "Tiếp nhận và xử lý PAKN về TTHC", 1),
    row("6.a", "-", "Số lượng PAKN đã tiếp nhận trong năm", 2, COUNT),
    row("6.b", "-", "Số lượng PAKN đã giải quyết trong năm", 2, COUNT),
    // Khánh Hòa prints "Công TTĐT": a typo for "Cổng TTĐT".
    row("6.c", "-", "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT", 2, COUNT),
  ],
  crossRules: [
    // Every TTHC is of exactly one level.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c"], exhaustive: true },
    // The TTHC the province issues itself are some of its TTHC.
    { type: "partsOfTotal", total: "1", parts: ["1.d"], exhaustive: false, only: "bd" },
    // TTHC published on the portal are among the province's TTHC.
    { type: "notGreater", lesser: "3", greater: "1", relation: "published" },
    // TTHC simplified after review are among the province's TTHC; the year's simplification may concern TTHC
    // since abolished.
    { type: "notGreater", lesser: "2", greater: "1", relation: "other", severity: "warning", doubt: "inferred" },
    // TTHC handled at the one-stop shops of a level are among that level's TTHC; the provincial centre may also
    // receive TTHC of agencies not counted in the province's set.
    { type: "notGreater", lesser: "4.a", greater: "1.a", relation: "other", severity: "warning", doubt: "inferred" },
    { type: "notGreater", lesser: "4.b", greater: "1.b", relation: "other", severity: "warning", doubt: "inferred" },
    { type: "notGreater", lesser: "4.c", greater: "1.c", relation: "other", severity: "warning", doubt: "inferred" },
    // PAKN resolved in the year <= received in the year, replies published <= resolved: a year's resolutions
    // and replies may concern PAKN received the year before.
    { type: "notGreater", lesser: "6.b", greater: "6.a", relation: "handled", severity: "warning", doubt: "carryOver" },
    {
      type: "notGreater",
      lesser: "6.c",
      greater: "6.b",
      relation: "published",
      severity: "warning",
      doubt: "carryOver",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức (Khánh Hòa II.5, Bình Định PL5)

export const CIVIL_SERVICE: NationalTable = {
  rows: [
    // Rows 1 and 2 group two measures of the staffing (assigned, present): headings, not totals.
    row("1", "1.", "Tổng số biên chế cán bộ, công chức", 1),
    row("1.a", "-", "Tổng số được giao", 2, COUNT),
    row("1.b", "-", "Tổng số có mặt", 2, COUNT),
    row("2", "2.", "Tổng số biên chế viên chức", 1),
    row("2.a", "-", "Tổng số được giao", 2, COUNT),
    row("2.b", "-", "Tổng số có mặt", 2, COUNT),
    row("3", "3.", "Số công chức được tuyển dụng theo hình thức thi cạnh tranh", 1, COUNT),
    row(
      "4",
      "4.",
      "Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh tranh",
      1,
      COUNT,
    ),
    row("5", "5.", "Số lượng cán bộ, công chức được tinh giản biên chế", 1, COUNT),
    row("6", "6.", "Số lượng công chức được bồi dưỡng, tập huấn hàng năm", 1, COUNT),
    row("7", "7.", "Số lượng viên chức được bồi dưỡng, tập huấn hàng năm", 1, COUNT),
    row("8", "8.", "Số lượng các lớp đào tạo, bồi dưỡng", 1, COUNT),
  ],
  crossRules: [
    { type: "notGreater", lesser: "1.b", greater: "1.a", relation: "present", severity: "warning", doubt: "staffing" },
    { type: "notGreater", lesser: "2.b", greater: "2.a", relation: "present", severity: "warning", doubt: "staffing" },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Lĩnh vực cải cách tài chính công (Khánh Hòa II.6, Bình Định Phụ lục 6)

const DVSN_DAU_TU = "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư";
const DVSN_THUONG_XUYEN = "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên";
const DVSN_MOT_PHAN = "Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên";
const DVSN_NHA_NUOC = "Số lượng đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên";

export const PUBLIC_FINANCE: NationalTable = {
  rows: [
    row("1", "1", "Số cơ quan hành chính thực hiện cơ chế tự chủ", 1, COUNT),
    // Rows 2, 3, 4: a total and its breakdown by the autonomy groups of Nghị định 16/2015/NĐ-CP.
    row(
      "2",
      "2",
      {
        kh: "Số đơn vị sự nghiệp công lập thuộc UBND tỉnh thực hiện cơ chế tự chủ",
        bd: "Số đơn vị sự nghiệp công lập thuộc UBND cấp tỉnh thực hiện cơ chế tự chủ",
      },
      1,
      COUNT,
    ),
    row("2.a", "-", DVSN_DAU_TU, 2, COUNT),
    row("2.b", "-", DVSN_THUONG_XUYEN, 2, COUNT),
    row("2.c", "-", DVSN_MOT_PHAN, 2, COUNT),
    row("2.d", "-", DVSN_NHA_NUOC, 2, COUNT),
    row(
      "3",
      "3",
      {
        kh: "Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND tỉnh thực hiện cơ chế tự chủ",
        bd: "Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND cấp tỉnh thực hiện cơ chế tự chủ",
      },
      1,
      COUNT,
    ),
    row("3.a", "-", DVSN_DAU_TU, 2, COUNT),
    row("3.b", "-", DVSN_THUONG_XUYEN, 2, COUNT),
    row("3.c", "-", DVSN_MOT_PHAN, 2, COUNT),
    row("4", "4", "Số đơn vị sự nghiệp công lập thuộc UBND cấp huyện thực hiện cơ chế tự chủ", 1, COUNT),
    row("4.a", "-", DVSN_DAU_TU, 2, COUNT),
    row("4.b", "-", DVSN_THUONG_XUYEN, 2, COUNT),
    row("4.c", "-", DVSN_MOT_PHAN, 2, COUNT),
    row(
      "5",
      "5",
      "Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm theo Nghị định số 54/2016/NĐ-CP",
      1,
      COUNT,
    ),
  ],
  crossRules: [
    // Row 2 lists the four autonomy groups: every unit is of one of them.
    { type: "partsOfTotal", total: "2", parts: ["2.a", "2.b", "2.c", "2.d"], exhaustive: true },
    // Rows 3 and 4 list three of the four groups (no "do Nhà nước bảo đảm"): the parts need not add up.
    { type: "partsOfTotal", total: "3", parts: ["3.a", "3.b", "3.c"], exhaustive: false },
    { type: "partsOfTotal", total: "4", parts: ["4.a", "4.b", "4.c"], exhaustive: false },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Lĩnh vực hiện đại hóa hành chính (Khánh Hòa II.7, Bình Định Phụ lục 7). No cross rule: the rates (rows 1, 6,
// 11, 13) have no numerator/denominator rows in the table, and the counts measure different things.

export const MODERNISATION: NationalTable = {
  rows: [
    row("1", "1.", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", 1, PERCENT),
    row(
      "2",
      "2.",
      { kh: "Số đơn vị kết nối Trục liên thông văn bản QG", bd: "Số đơn vị kết nối Trục liên thông VBQG" },
      1,
      COUNT,
    ),
    row("3", "3.", "Số lượng văn bản nhận trên Trục liên thông VBQG", 1, COUNT),
    row("4", "4.", "Số lượng văn bản gửi trên Trục liên thông VBQG", 1, COUNT),
    row("5", "5.", "Số lượng chữ ký số", 1, COUNT),
    row("6", "6.", "Tỷ lệ công chức có hộp thư điện tử", 1, PERCENT),
    row(
      "7",
      "7.",
      {
        kh: "Số cơ quan chuyên môn thuộc tỉnh, đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản",
        bd: "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản",
      },
      1,
      COUNT,
    ),
    // Both print "Số cơ chuyên môn cấp tỉnh": "quan" is missing (typo), fixed as in rows 7, 9 and 14.
    row(
      "8",
      "8.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc",
      1,
      COUNT,
    ),
    // Khánh Hòa prints "cấp tỉnh) đơn vị": the ")" is an artefact for ",".
    row(
      "9",
      "9.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện tử",
      1,
      COUNT,
    ),
    row("10", "10.", "Số dịch vụ công trực tuyến mức độ 3, mức độ 4", 1, COUNT),
    row("11", "11.", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ", 1, PERCENT),
    row(
      "12",
      "12.",
      { kh: "Số đơn vị sử dụng phần mềm một cửa điện tử", bd: "Số đơn vị xây dựng, sử dụng phần mềm một cửa điện tử" },
      1,
      COUNT,
    ),
    row("13", "13.", "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử", 1, PERCENT),
    row(
      "14",
      "14.",
      {
        kh: "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện đã Công bố HTQLCL ISO",
        bd: "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có bản Công bố ISO",
      },
      1,
      COUNT,
    ),
  ],
  crossRules: [],
};

// ---------------------------------------------------------------------------------------------------------
// Tự đánh giá / Đánh giá mức độ thực hiện các mục tiêu (Khánh Hòa II.8, Bình Định Phụ lục 8): one Đạt/Không
// đạt column. Labels keep their printed final ";" or "." (rows 7, 12-16). Khánh Hòa breaks rows 9 and 15 across
// page breaks (label and reporter): rejoined.

const goal = (n: number, label: PerProvince<string>): NationalRow => row(String(n), `${n}.`, label, 1, PASS_FAIL);

export const GOALS: NationalTable = {
  rows: [
    goal(
      1,
      "Thủ tục hành chính liên quan đến cá nhân, tổ chức được cải cách cơ bản theo hướng gọn nhẹ, đơn giản; mỗi năm đều có tỷ lệ giảm chi phí mà cá nhân, tổ chức phải bỏ ra khi giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước",
    ),
    goal(
      2,
      "Thủ tục hành chính được cải cách cơ bản, mức độ hài lòng của nhân dân và doanh nghiệp về thủ tục hành chính đạt mức trên 80% vào năm 2020",
    ),
    goal(3, {
      kh: "Sắp xếp, tổ chức lại các cơ quan, đơn vị để không còn sự chồng chéo, bỏ trống hoặc trùng lặp về chức năng, nhiệm vụ, quyền hạn",
      bd: "Sắp xếp, tổ chức lại các cơ quan, đơn vị để không còn sự chồng chéo, bỏ trống hoặc trùng lắp về chức năng, nhiệm vụ, quyền hạn",
    }),
    // Khánh Hòa prints "Chuyên giao": a typo for "Chuyển giao".
    goal(
      4,
      "Chuyển giao những công việc mà cơ quan hành chính nhà nước không nên làm hoặc làm hiệu quả thấp cho xã hội, các tổ chức xã hội, tổ chức phi chính phủ đảm nhận",
    ),
    goal(
      5,
      "Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào năm 2020",
    ),
    goal(
      6,
      "Sự hài lòng của cá nhân đối với dịch vụ do đơn vị sự nghiệp công cung cấp trong các lĩnh vực giáo dục, y tế đạt mức trên 80% vào năm 2020",
    ),
    goal(
      7,
      "Đội ngũ công chức, viên chức có số lượng, cơ cấu hợp lý, đủ trình độ và năng lực thi hành công vụ, phục vụ nhân dân và phục vụ sự nghiệp phát triển của đất nước; 100% các cơ quan, đơn vị có cơ cấu công chức theo vị trí việc làm;",
    ),
    goal(
      8,
      "Đến năm 2020: 90% các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện dưới dạng điện tử; cán bộ, công chức, viên chức thường xuyên sử dụng hệ thống thư điện tử trong công việc; bảo đảm dữ liệu điện tử phục vụ hầu hết các hoạt động trong các cơ quan; hầu hết các giao dịch của các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử, mọi lúc, mọi nơi, dựa trên các ứng dụng truyền thông đa phương tiện; hầu hết các dịch vụ công được cung cấp trực tuyến trên Mạng thông tin điện tử hành chính ở mức độ 3 và 4, đáp ứng nhu cầu thực tế, phục vụ người dân và doanh nghiệp mọi lúc, mọi nơi, dựa trên nhiều phương tiện khác nhau",
    ),
    goal(
      9,
      "Các trang tin, cổng thông tin điện tử hoàn thành việc kết nối với Cổng Thông tin điện tử Chính phủ, hình thành đầy đủ Mạng thông tin điện tử hành chính trên Internet",
    ),
    goal(
      10,
      "20% số lượng người dân và doanh nghiệp tham gia hệ thống thông tin Chính quyền điện tử được xác thực định danh điện tử thông suốt và hợp nhất trên tất cả các hệ thống thông tin của các cơ quan",
    ),
    goal(
      11,
      "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của từng bộ, ngành đạt từ 20% trở lên; tích hợp 30% các dịch vụ công trực tuyến mức độ 3, 4 của các bộ, ngành, địa phương với Cổng Dịch vụ công quốc gia; 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua Hệ thống thông tin một cửa điện tử",
    ),
    goal(
      12,
      "Tối thiểu 30% dịch vụ công trực tuyến thực hiện ở mức độ 4; 50% Cổng Dịch vụ công cấp tỉnh cung cấp giao diện cho các thiết bị di động; 100% dịch vụ công được hỗ trợ giải đáp thắc mắc cho người dân, doanh nghiệp; 50% cơ quan nhà nước công khai mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến; 100% Cổng Thông tin điện tử công khai thông tin đầy đủ theo quy định tại Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ; 20% dịch vụ công trực tuyến sử dụng chữ ký số trên nền tảng di động để thực hiện thủ tục hành chính; 50% dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử; 20% thông tin của người dân được tự động nhập vào biểu mẫu trực tuyến; 50% dịch vụ công trực tuyến sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp.",
    ),
    goal(
      13,
      "100% phần mềm quản lý văn bản và điều hành của các bộ, ngành được kết nối, liên thông qua Trục liên thông văn bản quốc gia phục vụ gửi, nhận văn bản điện tử; 90% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật theo quy định của pháp luật) dưới dạng điện tử; tối thiểu 80% hồ sơ công việc tại cấp bộ, cấp tỉnh, 60% hồ sơ công việc tại cấp huyện và 30% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (không bao gồm hồ sơ xử lý công việc có nội dung mật).",
    ),
    goal(
      14,
      "Tối thiểu 30% báo cáo định kỳ (không bao gồm nội dung mật) được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia.",
    ),
    goal(
      15,
      "Rút ngắn từ 30% - 50% thời gian họp, giảm tối đa việc sử dụng tài liệu giấy thông qua Hệ thống thông tin phục vụ họp và xử lý công việc, văn phòng điện tử.",
    ),
    goal(16, "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước."),
  ],
  crossRules: [],
};
