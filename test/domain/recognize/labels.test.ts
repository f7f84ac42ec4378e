import { catalog } from "../../../src/domain/catalog";
import { recognizeSheet, type Recognition } from "../../../src/domain/recognize/recognize";
import { repairMojibake } from "../../../src/domain/recognize/sheet-text";
import { abbreviate, handMade, injected, layoutRows, oldTones, template, toGrid, type HandMade } from "./sheets";

const cat = catalog();
const recognize = (h: HandMade, fileName?: string) => recognizeSheet(toGrid(h.rows), cat, { fileName });
/** Every indicator and entries row the builder placed is where recognition says it is. */
const expectRowsAsBuilt = (r: Recognition, h: HandMade) => {
  for (const [id, row] of h.at) expect([id, r.rows.get(id)]).toEqual([id, row]);
};
const indicatorIds = (id: string) => template(id).rows.flatMap((r) => (r.type === "indicator" ? [r.id] : []));

describe("a sheet laid out by hand is recognised by its labels", () => {
  it("kh-dinhky-pl2: label column moved, abbreviations both ways, repeated labels on their own rows", () => {
    const t = template("kh-dinhky-pl2");
    const h = handMade(t, {
      unit: "Ban Quản lý Khu du lịch bán đảo Cam Ranh",
      period: "6 tháng đầu năm 2021",
      order: ["stt", "unit", "value", "label", "reporter"],
      blankEvery: 7,
      relabel: {
        "1.2": (s) => s.replace("CCHC", "cải cách hành chính"), // the reverse: the template abbreviates
        "3.1.a": (s) => s.replace("TTHC", "thủ tục hành chính"),
        "3.4.1.4": (s) => oldTones(s.replace("TTHC", "thủ tục hành chính")), // "điện tử hoá"
        "3.3.a": (s) => s.replace("DVC", "dịch vụ công"),
        "4.1.4.a": (s) => s.replace("ĐVSNCL", "đơn vị sự nghiệp công lập"),
      },
      junkAfter: "3.2.c",
    });
    const r = recognize(h)!;
    expect(r.recognizedBy).toBe("labels");
    expect(r.entry.template.id).toBe("kh-dinhky-pl2");
    expect(r.version).toBe(t.version);
    expectRowsAsBuilt(r, h);
    // "Cấp tỉnh", "Cấp huyện", "Cấp xã" are printed under three different rows.
    for (const id of ["7.5.a", "7.6.2.a", "7.6.4.a", "7.5.c", "7.6.2.c", "7.6.4.c"])
      expect(r.rows.get(id)).toBe(h.at.get(id));
    expect(new Set(["7.5.a", "7.6.2.a", "7.6.4.a"].map((id) => r.rows.get(id))).size).toBe(3);
    expect(r.missing).toEqual([]);
    expect(r.unplaced).toEqual([{ row: h.junkRow, label: "Chi phí mua văn phòng phẩm" }]);
    expect(r.unit).toEqual({ value: "Ban Quản lý Khu du lịch bán đảo Cam Ranh", source: "title" });
    expect(r.period).toEqual({ value: "6 tháng đầu năm 2021", source: "title" });
    for (const key of ["stt", "unit", "value", "label", "reporter"]) expect(r.columns.get(key)).toBe(h.col.get(key));
    expect(r.body.firstRow).toBe(h.headerRow + 1);
  });

  it("sl-pl2: a label repeated under two sections lands on the right row", () => {
    const t = template("sl-pl2");
    const h = handMade(t, {
      order: ["label", "stt", "unit", "y2023", "y2024", "note"],
      extraTitle: ["Đơn vị: UBND huyện Mộc Châu", "Kỳ: Năm 2024"],
      blankEvery: 10,
      relabel: {
        "I.3.c": (s) => s.replace("TTĐT", "thông tin điện tử"),
        "II.2.1.a": (s) => s.replace("TTHC", "thủ tục hành chính"),
      },
      junkAfter: "II.6.8.a",
    });
    const r = recognize(h)!;
    expect(r.recognizedBy).toBe("labels");
    expect(r.entry.template.id).toBe("sl-pl2");
    expectRowsAsBuilt(r, h);
    // "Số nhiệm vụ đề ra trong kế hoạch" and "Số nhiệm vụ đã hoàn thành" under 1. and 3.
    expect(r.rows.get("I.1.a")).toBe(h.at.get("I.1.a"));
    expect(r.rows.get("I.3.a")).toBe(h.at.get("I.3.a"));
    expect(r.rows.get("I.1.b")).toBe(h.at.get("I.1.b"));
    expect(r.rows.get("I.3.b")).toBe(h.at.get("I.3.b"));
    expect(r.rows.get("I.3.a")).toBeGreaterThan(r.rows.get("I.1.c")!);
    expect(r.missing).toEqual([]);
    expect(r.unplaced).toEqual([{ row: h.junkRow, label: "Chi phí mua văn phòng phẩm" }]);
    expect(r.unit).toEqual({ value: "UBND huyện Mộc Châu", source: "title" });
    expect(r.period).toEqual({ value: "Năm 2024", source: "title" });
    expect(r.columns.get("label")).toBe(1);
    expect(r.columns.get("y2024")).toBe(5);
  });

  it("sl-pl2 without its first section: the repeated label still goes to the occurrence that keeps the order", () => {
    const t = template("sl-pl2");
    const h = handMade(t, { omit: ["I.1.a", "I.1.b"], unit: "Sở Nội vụ", period: "Năm 2024" });
    const r = recognize(h)!;
    expect(r.entry.template.id).toBe("sl-pl2");
    expect(r.rows.get("I.3.a")).toBe(h.at.get("I.3.a"));
    expect(r.rows.get("I.3.b")).toBe(h.at.get("I.3.b"));
    expect(r.missing).toEqual(["I.1.a", "I.1.b"]);
  });

  describe("Khánh Hòa Phụ lục 2 II.1 and Bình Định Phụ lục 1 (one national set): each is itself", () => {
    const opts = {
      unit: "UBND thị xã Ninh Hoà",
      period: "Năm 2020",
      noTitle: true,
      blankEvery: 5,
      junkAfter: "4",
    };
    it("kh-pl2-ii1", () => {
      const t = template("kh-pl2-ii1");
      const h = handMade(t, {
        ...opts,
        order: ["stt", "reporter", "label", "y2015", "y2016", "y2017", "y2018", "y2019", "y2020"],
        headers: { y2020: "Năm 2020" },
        relabel: {
          "1.b": abbreviate,
          "3.b": (s) => s.replace("PT-TH", "phát thanh - truyền hình"),
          "3.d": (s) => s.replace("TTĐT", "Thông tin điện tử"),
          "5.b": (s) => s.replace("UBND", "Uỷ ban nhân dân"),
        },
      });
      const r = recognize(h)!;
      expect(r.entry.template.id).toBe("kh-pl2-ii1");
      expectRowsAsBuilt(r, h);
      for (const id of ["1.a", "3.a", "3.d", "7.a", "7.b"]) expect(r.rows.get(id)).toBe(h.at.get(id));
      expect(r.missing).toEqual([]);
      expect(r.unplaced).toEqual([{ row: h.junkRow, label: "Chi phí mua văn phòng phẩm" }]);
      expect(r.columns.get("y2020")).toBe(9);
      expect(r.unit).toEqual({ value: "UBND thị xã Ninh Hoà", source: "title" });
    });
    it("bd-pl1", () => {
      const t = template("bd-pl1");
      const h = handMade(t, {
        ...opts,
        order: ["label", "stt", "y2015", "y2016", "y2017", "y2018", "y2019", "y2020"],
        relabel: { "1.b": abbreviate, "3.d": (s) => s.replace("TTĐT", "Thông tin điện tử") },
      });
      const r = recognize(h)!;
      expect(r.entry.template.id).toBe("bd-pl1");
      expectRowsAsBuilt(r, h);
      for (const id of ["1.a", "3.a", "3.d"]) expect(r.rows.get(id)).toBe(h.at.get(id));
      expect(r.missing).toEqual([]);
      expect(r.unplaced).toEqual([{ row: h.junkRow, label: "Chi phí mua văn phòng phẩm" }]);
    });
    it("only the rows they share, no title, no header: nothing tells them apart, no answer", () => {
      const kh = template("kh-pl2-ii1");
      const bd = template("bd-pl1");
      const printed = (t: typeof kh) =>
        new Set(t.rows.flatMap((r) => (r.type === "entries" ? [] : [`${r.id}:${r.label}`])));
      const khRows = printed(kh);
      const bdRows = printed(bd);
      const own = (t: typeof kh, other: Set<string>) =>
        t.rows.flatMap((r) => (r.type !== "entries" && r.id && !other.has(`${r.id}:${r.label}`) ? [r.id] : []));
      expect(own(kh, bdRows).length).toBeGreaterThan(2);
      expect(own(bd, khRows).length).toBeGreaterThan(2);
      const shared = handMade(kh, { noTitle: true, omit: own(kh, bdRows), order: ["stt", "label", "y2015"] });
      shared.rows.splice(shared.headerRow - 1, 1);
      expect(recognize(shared)).toBeUndefined();
      // The same rows under Bình Định's own header (all its years, no reporter column) are Bình Định's.
      const withHeader = handMade(bd, { noTitle: true, omit: own(bd, khRows) });
      expect(recognize(withHeader)?.entry.template.id).toBe("bd-pl1");
    });
  });

  it("Khánh Hòa II.5 and Bình Định Phụ lục 5 print the same rows: the reporter column tells them apart", () => {
    const withReporter = handMade(template("kh-pl2-ii5"), { noTitle: true });
    expect(recognize(withReporter)?.entry.template.id).toBe("kh-pl2-ii5");
    const without = handMade(template("bd-pl5"), { noTitle: true });
    expect(recognize(without)?.entry.template.id).toBe("bd-pl5");
  });

  it("dl-pl1: label column first, year headers, scores by row", () => {
    const t = template("dl-pl1");
    const h = handMade(t, {
      order: ["label", "stt", "max", "y2019", "t2020", "reporter"],
      headers: { y2019: "Năm 2019", max: "Điểm tối đa" },
      extraTitle: ["Kỳ báo cáo: Năm 2020"],
      blankEvery: 6,
      relabel: {
        "3.1": (s) => s.replace("thủ tục hành chính (TTHC)", "TTHC"),
        "4.1.1": (s) => s.replace("CQCM", "cơ quan chuyên môn"),
        "5.6": abbreviate,
        "2.4": (s) => s.replace("VB QPPL", "văn bản quy phạm pháp luật"),
        "2.2": oldTones, // "hệ thống hoá"
      },
      junkAfter: "8.6",
    });
    const r = recognize(h, "PAR-Index_So_Noi_vu.xlsx")!;
    expect(r.recognizedBy).toBe("labels");
    expect(r.entry.template.id).toBe("dl-pl1");
    expectRowsAsBuilt(r, h);
    for (const id of ["1", "3.1", "4.1.1", "5.6", "2.4", "8.6", "total"]) expect(r.rows.get(id)).toBe(h.at.get(id));
    expect(r.missing).toEqual([]);
    expect(r.unplaced).toEqual([{ row: h.junkRow, label: "Chi phí mua văn phòng phẩm" }]);
    expect(r.columns.get("y2019")).toBe(4);
    expect(r.columns.get("t2020")).toBe(5);
    expect(r.columns.get("max")).toBe(3);
    expect(r.period).toEqual({ value: "Năm 2020", source: "title" });
    expect(r.unit).toEqual({ value: "PAR Index So Noi vu", source: "fileName" });
  });

  it("a copied row is a duplicate (the first kept), not an unplaced row", () => {
    const h = handMade(template("kh-pl2-ii3"), { unit: "Sở Tư pháp", period: "Năm 2020" });
    const at = h.at.get("1.b")!;
    h.rows.splice(at, 0, [...h.rows[at - 1]]);
    const r = recognize(h)!;
    expect(r.entry.template.id).toBe("kh-pl2-ii3");
    expect(r.rows.get("1.b")).toBe(at);
    expect(r.duplicates).toEqual([{ id: "1.b", rows: [at, at + 1] }]);
    expect(r.unplaced).toEqual([]);
    expect(r.rows.get("1.c")).toBe(h.at.get("1.c")! + 1);
  });

  it("the test sheets really use the old tone placement and the abbreviations", () => {
    expect(oldTones("Xử lý VBQPPL sau rà soát, hệ thống hóa")).toBe("Xử lý VBQPPL sau rà soát, hệ thống hoá");
    expect(oldTones("Ủy ban nhân dân tỉnh Khánh Hòa")).toBe("Uỷ ban nhân dân tỉnh Khánh Hoà");
    expect(abbreviate("Số thủ tục hành chính của Ủy ban nhân dân")).toBe("Số TTHC của UBND");
  });

  it("bd-pl8: one value column whose header names nothing of the template stays unmapped", () => {
    const h = handMade(template("bd-pl8"), { headers: { value: "Kết quả" } });
    const r = recognize(h)!;
    expect(r.entry.template.id).toBe("bd-pl8");
    expect(r.columns.has("value")).toBe(false);
    expect(r.columns.get("label")).toBe(h.col.get("label"));
    expectRowsAsBuilt(r, h);
  });

  it("sl-pl1 (a list under each section): the typed rows under a section become its entries", () => {
    const h = handMade(template("sl-pl1"), {
      unit: "Sở Tài chính",
      period: "Năm 2024",
      entries: {
        "I.nv": ["Kế hoạch CCHC năm 2024", "Kế hoạch tuyên truyền CCHC"],
        "III.nv": ["Quyết định kiện toàn tổ chức"],
      },
    });
    const r = recognize(h)!;
    expect(r.entry.template.id).toBe("sl-pl1");
    expectRowsAsBuilt(r, h);
    expect([...r.rows.keys()]).toEqual(["I.nv.1", "I.nv.2", "III.nv.1"]);
    expect(r.unplaced).toEqual([]);
  });

  it("every template laid out without its carriers is recognised as itself, or not at all", () => {
    const unrecognised: string[] = [];
    for (const { template: t } of cat.templates)
      for (const repeatMerged of [false, true]) {
        const rows = layoutRows(injected(t.id), { repeatMerged });
        for (const row of rows) row[0] = null;
        const r = recognizeSheet(toGrid(rows), cat);
        if (!r) {
          if (!repeatMerged) unrecognised.push(t.id);
          continue;
        }
        expect([t.id, r.entry.template.id]).toEqual([t.id, t.id]);
        expect(r.recognizedBy).toBe("labels");
        expect(r.missing).toEqual([]);
        for (const rowId of indicatorIds(t.id)) expect(r.rows.has(rowId)).toBe(true);
      }
    // Two indicators each: fewer than the three a match needs.
    expect(unrecognised).toEqual(["kh-pl2-ii4a", "kh-pl2-ii4b", "bd-pl4-i", "bd-pl4-ii", "bd-pl4-iii"]);
  });
});

describe("a table typed as UTF-8 CSV and opened as Windows-1252 ('Sá»‘ lÆ°á»£ng' for 'Số lượng')", () => {
  const garble = (s: string) => new TextDecoder("windows-1252").decode(new TextEncoder().encode(s));
  it("is read as the text that was typed", () => {
    const t = template("kh-pl2-ii1");
    const h = handMade(t, { unit: "UBND huyện Khánh Vĩnh", period: "Năm 2020", blankEvery: 4 });
    const rows = h.rows.map((row) => row.map((v) => (typeof v === "string" ? garble(v) : v)));
    expect(rows.flat()).toContain(garble("Đơn vị báo cáo: UBND huyện Khánh Vĩnh"));
    const r = recognizeSheet(toGrid(rows), cat)!;
    expect(r.entry.template.id).toBe("kh-pl2-ii1");
    expectRowsAsBuilt(r, h);
    expect(r.unit).toEqual({ value: "UBND huyện Khánh Vĩnh", source: "title" });
  });
  it("also as LibreOffice shows the bytes Windows-1252 leaves undefined (U+F1xx)", () => {
    expect(repairMojibake("Ä\uf190Æ¡n vá»‹ bÃ¡o cÃ¡o")).toBe("Đơn vị báo cáo");
    expect(repairMojibake(garble("Số lượng TTHC cấp tỉnh"))).toBe("Số lượng TTHC cấp tỉnh");
  });
  it("leaves real text alone", () => {
    for (const s of ["Số lượng TTHC cấp tỉnh", "Café", "Ã", "Tổng số được giao"]) expect(repairMojibake(s)).toBe(s);
  });
});

describe("where the unit and the period come from", () => {
  const t = template("kh-dinhky-pl2");
  it("a title line '... TẠI <UNIT>' and a line that is only a period", () => {
    const h = handMade(t, { unit: "Sở Tư pháp", extraTitle: ["Quý I/2024"] });
    h.rows.splice(
      h.rows.findIndex((row) => String(row[0]).startsWith("Đơn vị báo cáo")),
      1,
    );
    const r = recognize(h)!;
    expect(r.unit).toEqual({ value: "SỞ TƯ PHÁP", source: "title" });
    expect(r.period).toEqual({ value: "Quý I/2024", source: "title" });
  });
  it("the value in the next cell, and a placeholder line that says nothing", () => {
    const h = handMade(t, { unit: "……………", extraTitle: [] });
    h.rows.splice(2, 0, ["Kỳ báo cáo:", "9 tháng năm 2024"]);
    const r = recognize(h, "UBND_huyen_Khanh_Vinh.xlsx")!;
    expect(r.period).toEqual({ value: "9 tháng năm 2024", source: "title" });
    expect(r.unit).toEqual({ value: "UBND huyen Khanh Vinh", source: "fileName" });
  });
  it("the file name, else nothing", () => {
    const bare = handMade(template("bd-pl3"), { noTitle: true });
    const r = recognize(bare, "C:\\Bao cao\\UBND_huyen_Tuy_Phuoc-6thang_dau_nam_2020.xlsx")!;
    expect(r.unit).toEqual({ value: "UBND huyen Tuy Phuoc", source: "fileName" });
    expect(r.period).toEqual({ value: "6 tháng đầu năm 2020", source: "fileName" });
    const none = recognize(bare)!;
    expect(none.unit).toEqual({ value: "", source: "none" });
    expect(none.period).toEqual({ value: "", source: "none" });
    expect(recognize(bare, "Phong_Noi_vu_Quy_III_2021.xls")!.period).toEqual({
      value: "Quý III/2021",
      source: "fileName",
    });
    expect(recognize(bare, "Phong_Noi_vu_Nam2021.xlsx")!.period).toEqual({ value: "Năm 2021", source: "fileName" });
  });
  it("a Bình Định title 'THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC ...' names no unit", () => {
    const r = recognize(handMade(template("bd-pl3"), {}))!;
    expect(r.unit).toEqual({ value: "", source: "none" });
  });
});

describe("what is no appendix gives no answer", () => {
  it("a shopping list", () => {
    const rows = [
      ["Danh sách mua sắm tháng 3"],
      [],
      ["STT", "Mặt hàng", "Số lượng", "Đơn giá"],
      [1, "Giấy A4", 10, 65000],
      [2, "Bút bi", 50, 4000],
      [3, "Mực in", 2, 350000],
      [4, "Kẹp giấy", 20, 5000],
    ];
    expect(recognizeSheet(toGrid(rows), cat)).toBeUndefined();
  });
  it("a template's title, headings and header only", () => {
    const t = template("kh-pl2-ii1");
    const rows = [[t.appendix], ...[...t.title, ...t.headings].map((l) => [l]), [], t.columns.map((c) => c.header)];
    expect(recognizeSheet(toGrid(rows), cat)).toBeUndefined();
  });
  it("two rows of a template are not enough", () => {
    const t = template("kh-dinhky-pl2");
    const h = handMade(t, { omit: indicatorIds("kh-dinhky-pl2").slice(2) });
    // Sections alone do not count: the two indicators left are under the three a match needs.
    expect(recognize(h)).toBeUndefined();
  });
  it("an empty sheet", () => {
    expect(recognizeSheet(toGrid([]), cat)).toBeUndefined();
  });
});
