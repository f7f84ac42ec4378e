import { buildCatalog } from "../../../src/domain/catalog/catalog";
import type { Row, Template } from "../../../src/domain/catalog/schema";
import { sonLa2024 } from "../../../src/domain/catalog/sources/son-la-2024";

const catalog = buildCatalog({ "son-la-2024": sonLa2024 });

function template(id: string): Template {
  const entry = catalog.get(id);
  if (!entry) throw new Error(`no template ${id}`);
  return entry.template;
}

const indicators = (t: Template) =>
  t.rows.filter((r): r is Extract<Row, { type: "indicator" }> => r.type === "indicator");
const byId = (t: Template, id: string): Row => {
  const row = t.rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
const byLabel = (t: Template, label: string) => {
  const found = t.rows.filter((r) => r.type !== "entries" && r.label === label);
  if (found.length !== 1) throw new Error(`${found.length} rows labelled ${label}`);
  return found[0] as Exclude<Row, { type: "entries" }>;
};

describe("Sơn La 2024 (Kế hoạch kiểm tra CCHC năm 2024)", () => {
  it("loads through the catalog with its document", () => {
    expect(catalog.templates).toHaveLength(2);
    expect(catalog.templates.map((e) => e.template.id)).toEqual(["sl-pl1", "sl-pl2"]);
    const doc = catalog.templates[0].document;
    expect(doc.id).toBe("son-la-2024");
    expect(doc.issuer).toBe("Ủy ban nhân dân tỉnh Sơn La");
    expect(doc.province).toBe("Sơn La");
    expect(doc.year).toBe(2024);
    expect(doc.title).toMatch(/^Kế hoạch kiểm tra công tác cải cách hành chính năm 2024/);
  });

  it("spells every text in NFC without HTML tags", () => {
    for (const { template: t } of catalog.templates) {
      const texts = [
        ...t.title,
        t.attachedTo ?? "",
        ...t.columns.flatMap((c) => [c.header, c.group ?? ""]),
        ...t.rows.flatMap((r) => (r.type === "entries" ? [] : [r.label, r.unit ?? "", r.stt ?? ""])),
      ];
      for (const s of texts) {
        expect(s).toBe(s.normalize("NFC"));
        expect(s).not.toMatch(/<\/?[bi]>/);
        expect(s).toBe(s.trim());
      }
    }
  });

  describe("Phụ lục I", () => {
    const t = template("sl-pl1");

    it("has the printed title, columns and sheet name", () => {
      expect(t.appendix).toBe("Phụ lục I");
      expect(t.sheetName).toBe("PL-I");
      expect(t.title).toEqual(["DANH MỤC CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM..."]);
      expect(t.attachedTo).toBe("kèm theo Báo cáo số ...../BC-... ngày .../.../ 2024 của ...");
      expect(t.periodColumns).toBe(false);
      expect(t.columns.map((c) => [c.key, c.header, c.role, c.rule?.kind])).toEqual([
        ["stt", "STT", "stt", undefined],
        ["label", "Tên nhiệm vụ", "label", undefined],
        ["soVanBan", "Số văn bản", "value", "text"],
        ["trichYeu", "Trích yếu nội dung văn bản", "value", "text"],
        ["thoiHan", "Thời hạn ban hành văn bản", "value", "date"],
        ["dungHan", "Đúng hạn/quá hạn", "value", "status"],
        ["note", "Ghi chú", "note", undefined],
      ]);
    });

    it("has the six printed sections, each followed by 5 entry lines and no indicator", () => {
      expect(indicators(t)).toHaveLength(0);
      const sections = t.rows.filter((r) => r.type === "section");
      expect(sections.map((r) => [r.id, r.stt, r.label, r.level])).toEqual([
        ["I", "I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", 0],
        ["II", "II", "CẢI CÁCH THỂ CHẾ", 0],
        ["III", "III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 0],
        ["IV", "IV", "CẢI CÁCH CÔNG VỤ", 0],
        ["V", "V", "CẢI CÁCH TÀI CHÍNH CÔNG", 0],
        ["VI", "VI", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 0],
      ]);
      expect(t.rows.map((r) => `${r.type}:${r.id}`)).toEqual(
        ["I", "II", "III", "IV", "V", "VI"].flatMap((s) => [`section:${s}`, `entries:${s}.nv`]),
      );
      for (const r of t.rows) if (r.type === "entries") expect(r.count).toBe(5);
    });
  });

  describe("Phụ lục II", () => {
    const t = template("sl-pl2");

    it("has the printed title, two-level header and year columns", () => {
      expect(t.appendix).toBe("Phụ lục II");
      expect(t.sheetName).toBe("PL-II");
      expect(t.title).toEqual(["THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"]);
      expect(t.attachedTo).toBe("Kèm theo Báo cáo số .../BC-... ngày ../.../2024 của...");
      expect(t.periodColumns).toBe(true);
      expect(t.columns.map((c) => [c.key, c.header, c.group, c.role])).toEqual([
        ["stt", "STT", undefined, "stt"],
        ["label", "Chỉ tiêu thống kê", undefined, "label"],
        ["unit", "Đơn vị tính", "Kết quả thống kê", "unit"],
        ["y2023", "Năm 2023", "Kết quả thống kê", "value"],
        ["y2024", "Năm 2024", "Kết quả thống kê", "value"],
        ["note", "Ghi chú", undefined, "note"],
      ]);
    });

    it("has 104 indicators and 139 rows, counted in the source table", () => {
      // Rows with a unit of measure in the source: 104 printed lines, less the 6.1 row printed twice,
      // plus the "Đối với cấp huyện" line that carries two indicators (đất đai, xây dựng).
      // I: 3 + 4 + 3 + 3 + 1 + 2 = 16; II.1: 10; II.2: 4 + 3 + 4 + 8 = 19; II.3: 4 + 5 + 4 = 13;
      // II.4: 3 + 4 + 1 + 5 + 2 + 2 + 2 + 3 = 22; II.5: 5; II.6: 2 + 3 + 2 + 2 + 5 + 3 + 2 = 19.
      expect(indicators(t)).toHaveLength(104);
      expect(t.rows).toHaveLength(139);
      const count = (prefix: string) => indicators(t).filter((r) => r.id.startsWith(prefix)).length;
      expect(count("I.")).toBe(16);
      expect(count("II.1.")).toBe(10);
      expect(count("II.2.")).toBe(19);
      expect(count("II.3.")).toBe(13);
      expect(count("II.4.")).toBe(22);
      expect(count("II.5.")).toBe(5);
      expect(count("II.6.")).toBe(19);
    });

    it("maps every unit of measure to its rule kind", () => {
      const expected: Record<string, string> = {
        "Nhiệm vụ": "count",
        "Văn bản": "count",
        "Cơ quan, đơn vị": "count",
        "Vấn đề": "count",
        "Tin/bài": "count",
        Cuộc: "count",
        "Thủ tục": "count",
        Người: "count",
        TTHC: "count",
        "%": "percent",
        "Không = 0 Có = 1": "flag",
        "Thủ tục ...= ...%": "pair:countPercent",
        "Quy trình ...=...%": "pair:countPercent",
        "... hồ sơ = ...%": "pair:countPercent",
        "... cơ quan, đơn vị = ...%": "pair:countPercent",
        "... văn bản = ...%": "pair:countPercent",
        "Tổng số văn bản xin lỗi theo quy định/tổng số hồ TTHC trễ hạn": "pair:partWhole",
        "Cuộc/người tham gia": "pair:twoCounts",
        "Cuộc/cuộc = .....%": "pair:partWholePercent",
        "Số cơ quan, đơn vị/ tổng": "pair:partWhole",
        "Số tài khoản/ tổng": "pair:partWhole",
        "TTHC/KQ giải quyết": "pair:twoCounts",
        "Số máy/Số người làm việc tại bộ phận 1 cửa": "pair:ratio",
        "Số TB đã bố trí": "count",
      };
      const seen = new Map<string, Set<string>>();
      for (const r of indicators(t)) {
        const kind = r.rule?.kind === "pair" ? `pair:${r.rule.form}` : String(r.rule?.kind);
        if (!seen.has(r.unit ?? "")) seen.set(r.unit ?? "", new Set());
        seen.get(r.unit ?? "")!.add(kind);
      }
      expect([...seen.keys()].sort()).toEqual(Object.keys(expected).sort());
      for (const [unit, kinds] of seen) expect([unit, [...kinds]]).toEqual([unit, [expected[unit]]]);
      const flag = byLabel(
        t,
        "Xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết",
      );
      expect(flag.type === "indicator" && flag.rule).toEqual({
        kind: "flag",
        yes: { code: 1, label: "Có" },
        no: { code: 0, label: "Không" },
      });
    });

    it("keeps the printed STTs, labels and levels", () => {
      const spot: [string, string | undefined, string, number, Row["type"]][] = [
        ["I", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", 0, "section"],
        ["I.1", "1", "Kế hoạch cải cách hành chính", 1, "section"],
        ["I.2.b", undefined, "Số cơ quan, đơn vị đã kiểm tra theo kế hoạch", 2, "indicator"],
        ["I.4.c", undefined, "Số nhiệm vụ đã hoàn thành nhưng quá hạn", 2, "indicator"],
        ["I.5", "5", "Tổ chức đối thoại tháo gỡ khó khăn cho doanh nghiệp", 1, "indicator"],
        ["II", "II", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 0, "section"],
        ["II.1.10", "1.10", "Kết quả thực hiện công tác tuyên truyền, phổ biến, giáo dục pháp luật", 2, "indicator"],
        ["II.2.1", "2.1", "Thống kê TTHC", 2, "section"],
        ["II.2.1.d", undefined, "Tổng số TTHC đang có hiệu lực", 3, "indicator"],
        ["II.2.4.g", undefined, "Đối với cấp huyện, báo cáo thêm về:", 3, "section"],
        ["II.2.4.g.b", undefined, "Tổng số hồ sơ TTHC về lĩnh vực xây dựng được giải quyết đúng hạn", 4, "indicator"],
        ["II.3.1.c", undefined, "Số ĐVSNCL thuộc sở, ngành và tương đương", 3, "indicator"],
        ["II.4.4", "4.4", "Số liệu về xử lý kỷ luật cán bộ, công chức (cả về Đảng và chính quyền)", 2, "section"],
        ["II.4.6", "4.6", "Tiếp nhận vào làm viên chức", 2, "section"],
        [
          "II.5.5",
          "5.5",
          "Số lượng đơn vị Sự nghiệp công lập đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)",
          2,
          "indicator",
        ],
        ["II.6.2", "6.2", "Số liệu về trao đổi văn bản điện tử", 2, "indicator"],
        ["II.6.3", "6.3", "Việc kết nối, liên thông các Hệ thống quản lý văn bản điều hành", 2, "section"],
        [
          "II.6.3.b",
          undefined,
          "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)",
          3,
          "indicator",
        ],
        ["II.6.8", "6.8", "Hiện trạng Hạ tầng kỹ thuật tại bộ phận một cửa điện tử cấp xã", 2, "section"],
        ["II.6.8.a", undefined, "Tỷ lệ máy tính bố trí tại bộ phận một cửa (Máy/người)", 3, "indicator"],
        // The source's last line, lost before the audit (the file ends without a newline).
        [
          "II.6.8.b",
          undefined,
          "Đã bố trí máy in, máy Scan đủ điều kiện tại bộ phận 1 cửa điện tử cấp xã",
          3,
          "indicator",
        ],
      ];
      for (const [id, stt, label, level, type] of spot) {
        const r = byId(t, id);
        expect(r.type === "entries" ? null : [r.type, r.stt, r.label, r.level]).toEqual([type, stt, label, level]);
      }
      const pci = byId(t, "I.6.a");
      expect(pci.type === "indicator" && pci.label).toBe(
        "Kế hoạch thực hiện Nghị quyết số 02/NQ-CP của Chính phủ về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh Quốc gia (PCI) năm tiếp theo. (có thể lồng ghép cùng Nghị quyết 01/NĐ-CP)",
      );
    });

    it("drops the extraction duplicates (6.1 printed twice, stray 'Tiếp nhận vào làm viên chức')", () => {
      const labels = t.rows.flatMap((r) => (r.type === "entries" ? [] : [r.label]));
      expect(labels.filter((l) => l === "Tiếp nhận vào làm viên chức")).toHaveLength(1);
      expect(
        labels.filter(
          (l) => l === "Cơ quan, đơn vị/ cơ quan, đơn vị trực thuộc UBND huyện, UBND xã được cấp chứng thư số",
        ),
      ).toHaveLength(1);
      expect(t.rows.filter((r) => r.type !== "entries" && (r.stt === "6.1" || r.stt === "4.6"))).toHaveLength(2);
    });

    it("carries the cross rules the source implies", () => {
      const rules = t.crossRules.map((r) => {
        switch (r.type) {
          case "notGreater":
            return `${r.lesser}<=${r.greater}:${r.relation}:${r.severity}${r.doubt ? `:${r.doubt}` : ""}`;
          case "partsOfTotal":
            return `${r.parts.join("+")}<=${r.total}:${r.exhaustive}:${r.severity}${r.doubt ? `:${r.doubt}` : ""}`;
          case "cumulative":
            return `cumulative:${r.row}`;
          default:
            return r.type;
        }
      });
      expect(rules).toEqual(
        expect.arrayContaining([
          "I.1.b<=I.1.a:completed:error",
          "I.3.b<=I.3.a:completed:error",
          "I.2.b<=I.2.a:inspected:error",
          // Handled <= found: the handling of a year may concern the previous year's findings.
          "I.2.d<=I.2.c:handled:warning:carryOver",
          "I.4.b+I.4.c<=I.4.a:false:error",
          "II.1.3<=II.1.2:other:error",
          "II.1.4<=II.1.3:handled:warning:carryOver",
          // Inferred, not printed (audit): a warning that says so.
          "II.2.2.b+II.2.2.c<=II.2.2.a:false:warning:inferred",
          "II.3.2.b<=II.3.2.a:present:warning:staffing",
          "II.3.3.b<=II.3.3.a:present:warning:staffing",
          "cumulative:II.5.1",
          "cumulative:II.5.5",
        ]),
      );
      expect(t.crossRules.filter((r) => r.type === "rate")).toHaveLength(0);
    });
  });
});
