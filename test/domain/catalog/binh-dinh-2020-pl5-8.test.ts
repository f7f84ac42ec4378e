import { buildCatalog } from "../../../src/domain/catalog/catalog";
import type { Template } from "../../../src/domain/catalog/schema";
import { binhDinhDocument } from "../../../src/domain/catalog/sources/binh-dinh-2020-document";
import { binhDinhPl5to8 } from "../../../src/domain/catalog/sources/binh-dinh-2020-pl5-8";

const catalog = buildCatalog({ "binh-dinh-2020": { document: binhDinhDocument, templates: binhDinhPl5to8 } });

function tpl(id: string): Template {
  const entry = catalog.get(id);
  if (!entry) throw new Error(`no template ${id}`);
  return entry.template;
}

function row(t: Template, id: string) {
  const r = t.rows.find((x) => x.type !== "entries" && x.id === id);
  if (!r || r.type === "entries") throw new Error(`no row ${id} in ${t.id}`);
  return r;
}

/** The rule that applies to a row's cells: the value column's when it has one, else the row's. */
function kindOf(t: Template, id: string): string | undefined {
  const r = row(t, id);
  const col = t.columns.find((c) => c.role === "value" && c.rule);
  if (col?.rule) return col.rule.kind;
  return r.type === "indicator" ? r.rule?.kind : undefined;
}

const indicators = (t: Template) => t.rows.filter((r) => r.type === "indicator");

const ATTACHED = "Kèm theo Kế hoạch số: 04/KH-UBND, ngày 20 tháng 01 năm 2020 của UBND tỉnh";
const YEAR_HEADERS = ["Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020 (Tính đến 31/3)"];

describe("Bình Định 2020, Phụ lục 5-8", () => {
  it("loads four templates through the catalog", () => {
    expect(catalog.templates).toHaveLength(4);
    expect(catalog.templates.map((e) => e.template.id)).toEqual(["bd-pl5", "bd-pl6", "bd-pl7", "bd-pl8"]);
    for (const { template: t, document } of catalog.templates) {
      expect(document.id).toBe("binh-dinh-2020");
      expect(t.attachedTo).toBe(ATTACHED);
    }
  });

  it("labels are NFC and free of extraction artefacts", () => {
    for (const { template: t } of catalog.templates)
      for (const r of t.rows) {
        if (r.type === "entries") continue;
        expect(r.label.normalize("NFC")).toBe(r.label);
        expect(r.label).not.toMatch(/\u00a0|ƣ|^\s|\s$|^-/);
      }
  });

  it("year tables have the printed year columns", () => {
    for (const id of ["bd-pl5", "bd-pl6", "bd-pl7"]) {
      const t = tpl(id);
      expect(t.periodColumns).toBe(true);
      expect(t.columns.map((c) => c.header)).toEqual(["STT", "Chỉ tiêu", ...YEAR_HEADERS]);
      expect(t.columns.filter((c) => c.role === "value").map((c) => c.key)).toEqual([
        "y2015",
        "y2016",
        "y2017",
        "y2018",
        "y2019",
        "y2020",
      ]);
    }
  });

  describe("Phụ lục 5: cán bộ, công chức, viên chức", () => {
    const t = tpl("bd-pl5");
    it("header", () => {
      expect(t.appendix).toBe("Phụ lục 5");
      expect(t.sheetName).toBe("PL5");
      expect(t.title).toEqual([
        "THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
      ]);
    });
    it("rows", () => {
      // Source: items 1-8, items 1 and 2 each with "- Tổng số được giao" / "- Tổng số có mặt" (1 and 2 group them).
      expect(indicators(t)).toHaveLength(10);
      expect(t.rows).toHaveLength(12);
      expect(row(t, "1")).toMatchObject({ type: "section", stt: "1.", label: "Tổng số biên chế cán bộ, công chức" });
      expect(row(t, "1.a")).toMatchObject({ stt: "-", label: "Tổng số được giao", level: 2 });
      expect(row(t, "1.b")).toMatchObject({ stt: "-", label: "Tổng số có mặt", level: 2 });
      expect(row(t, "2")).toMatchObject({ type: "section", stt: "2.", label: "Tổng số biên chế viên chức" });
      expect(row(t, "3")).toMatchObject({
        stt: "3.",
        label: "Số công chức được tuyển dụng theo hình thức thi cạnh tranh",
      });
      expect(row(t, "4").label).toBe(
        "Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh tranh",
      );
      expect(row(t, "5").label).toBe("Số lượng cán bộ, công chức được tinh giản biên chế");
      expect(row(t, "6").label).toBe("Số lượng công chức được bồi dưỡng, tập huấn hàng năm");
      expect(row(t, "7").label).toBe("Số lượng viên chức được bồi dưỡng, tập huấn hàng năm");
      expect(row(t, "8")).toMatchObject({ stt: "8.", label: "Số lượng các lớp đào tạo, bồi dưỡng" });
      for (const id of ["1.a", "1.b", "2.a", "2.b", "3", "4", "5", "6", "7", "8"]) expect(kindOf(t, id)).toBe("count");
    });
    it("có mặt <= được giao (warning)", () => {
      expect(t.crossRules).toEqual([
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
    });
  });

  describe("Phụ lục 6: tài chính công", () => {
    const t = tpl("bd-pl6");
    it("header", () => {
      expect(t.appendix).toBe("Phụ lục 6");
      expect(t.sheetName).toBe("PL6");
      expect(t.title).toEqual(["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CẢI CÁCH TÀI CHÍNH CÔNG"]);
    });
    it("rows", () => {
      // Source: items 1-5; item 2 has four "-" sub-items, items 3 and 4 three each.
      expect(indicators(t)).toHaveLength(15);
      expect(t.rows).toHaveLength(15);
      expect(row(t, "1")).toMatchObject({ stt: "1", label: "Số cơ quan hành chính thực hiện cơ chế tự chủ" });
      expect(row(t, "2").label).toBe("Số đơn vị sự nghiệp công lập thuộc UBND cấp tỉnh thực hiện cơ chế tự chủ");
      expect(row(t, "2.a")).toMatchObject({
        stt: "-",
        level: 2,
        label: "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư",
      });
      expect(row(t, "2.d").label).toBe("Số lượng đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên");
      expect(row(t, "3").label).toBe(
        "Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND cấp tỉnh thực hiện cơ chế tự chủ",
      );
      expect(row(t, "3.c").label).toBe("Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên");
      expect(row(t, "4").label).toBe("Số đơn vị sự nghiệp công lập thuộc UBND cấp huyện thực hiện cơ chế tự chủ");
      expect(row(t, "4.b").label).toBe("Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên");
      expect(row(t, "5")).toMatchObject({
        stt: "5",
        label:
          "Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm theo Nghị định số 54/2016/NĐ-CP",
      });
      for (const r of indicators(t)) expect(kindOf(t, r.id!)).toBe("count");
      for (const r of indicators(t)) expect(r.reporter).toBe("Sở Tài chính");
    });
    it("breakdowns are parts of their totals", () => {
      expect(t.crossRules).toEqual([
        { type: "partsOfTotal", total: "2", parts: ["2.a", "2.b", "2.c", "2.d"], exhaustive: true, severity: "error" },
        { type: "partsOfTotal", total: "3", parts: ["3.a", "3.b", "3.c"], exhaustive: false, severity: "error" },
        { type: "partsOfTotal", total: "4", parts: ["4.a", "4.b", "4.c"], exhaustive: false, severity: "error" },
      ]);
    });
  });

  describe("Phụ lục 7: hiện đại hóa hành chính", () => {
    const t = tpl("bd-pl7");
    it("header and notes", () => {
      expect(t.appendix).toBe("Phụ lục 7");
      expect(t.sheetName).toBe("PL7");
      expect(t.title).toEqual(["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC HIỆN ĐẠI HÓA HÀNH CHÍNH"]);
      expect(t.notes).toEqual([
        "Ghi chú:",
        "- Sở Thông tin và Truyền thông thống kê các chỉ tiêu từ số thứ tự thứ 1 đến 9;",
        "- Văn phòng UBND tỉnh thống kê các chỉ tiêu từ số thứ tự thứ 10 đến 13;",
        "- Sở Khoa học và Công nghệ thống kê chỉ tiêu số thứ tự thứ 14.",
      ]);
    });
    it("rows", () => {
      expect(indicators(t)).toHaveLength(14);
      expect(t.rows.map((r) => (r.type === "entries" ? "" : r.stt))).toEqual(
        Array.from({ length: 14 }, (_, i) => `${i + 1}.`),
      );
      expect(row(t, "1").label).toBe("Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử");
      expect(row(t, "2").label).toBe("Số đơn vị kết nối Trục liên thông VBQG");
      expect(row(t, "5").label).toBe("Số lượng chữ ký số");
      expect(row(t, "8").label).toBe(
        "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc",
      );
      expect(row(t, "9").label).toBe(
        "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện tử",
      );
      expect(row(t, "11").label).toBe("Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ");
      expect(row(t, "13").label).toBe("Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử");
      expect(row(t, "14").label).toBe("Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có bản Công bố ISO");
      const percents = ["1", "6", "11", "13"];
      for (const r of indicators(t)) expect(kindOf(t, r.id!)).toBe(percents.includes(r.id!) ? "percent" : "count");
    });
    it("reporters as the note assigns them", () => {
      for (let i = 1; i <= 14; i++)
        expect(row(t, String(i)).reporter).toBe(
          i <= 9 ? "Sở Thông tin và Truyền thông" : i <= 13 ? "Văn phòng UBND tỉnh" : "Sở Khoa học và Công nghệ",
        );
    });
  });

  describe("Phụ lục 8: đánh giá mục tiêu", () => {
    const t = tpl("bd-pl8");
    it("header and columns", () => {
      expect(t.appendix).toBe("Phụ lục 8");
      expect(t.sheetName).toBe("PL8");
      expect(t.title).toEqual(["ĐÁNH GIÁ MỨC ĐỘ THỰC HIỆN CÁC MỤC TIÊU CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC"]);
      expect(t.periodColumns).toBe(false);
      expect(t.columns.map((c) => c.header)).toEqual([
        "STT",
        "Các mục tiêu cải cách",
        "Đánh giá kết quả đạt được (Đạt/Không đạt)",
      ]);
    });
    it("rows", () => {
      expect(indicators(t)).toHaveLength(16);
      for (const r of indicators(t)) expect(kindOf(t, r.id!)).toBe("passFail");
      expect(row(t, "1").label).toMatch(
        /^Thủ tục hành chính liên quan đến cá nhân, tổ chức được cải cách cơ bản theo hướng gọn nhẹ, đơn giản;/,
      );
      expect(row(t, "2").label).toBe(
        "Thủ tục hành chính được cải cách cơ bản, mức độ hài lòng của nhân dân và doanh nghiệp về thủ tục hành chính đạt mức trên 80% vào năm 2020",
      );
      expect(row(t, "5").label).toBe(
        "Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào năm 2020",
      );
      expect(row(t, "7").label).toMatch(/100% các cơ quan, đơn vị có cơ cấu công chức theo vị trí việc làm;$/);
      expect(row(t, "8").label).toMatch(/^Đến năm 2020: 90% các văn bản, tài liệu chính thức/);
      expect(row(t, "10").stt).toBe("10.");
      expect(row(t, "12").label).toMatch(/sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp\.$/);
      expect(row(t, "14").label).toBe(
        "Tối thiểu 30% báo cáo định kỳ (không bao gồm nội dung mật) được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia.",
      );
      expect(row(t, "16")).toMatchObject({
        stt: "16.",
        label: "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước.",
      });
    });
  });
});
