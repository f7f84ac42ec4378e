import { parsePeriod, periodEnd, periodKey, periodMeaning, samePeriod } from "../../src/domain/period/period";

describe("reporting periods", () => {
  it.each([
    ["Quý I/2021", 3, 2021],
    ["quý 3 năm 2024", 3, 2024],
    ["6 tháng đầu năm 2021", 6, 2021],
    ["9 tháng năm 2024", 9, 2024],
    ["Năm 2023", 12, 2023],
    ["Tháng 5/2024", 1, 2024],
    ["6 tháng đầu năm", 6, undefined],
    ["", 12, undefined],
  ])("%s spans %i months", (text, months, year) => {
    expect(parsePeriod(text)).toEqual({ text, months, year });
  });
});

describe("periods compared by meaning, not by spelling", () => {
  // Each group is one period as officers write it; every spelling must give the same key.
  const groups: [string, string[]][] = [
    [
      "6 tháng đầu năm 2024",
      [
        "6 tháng đầu năm 2024",
        "06 tháng đầu năm 2024",
        "6 tháng năm 2024",
        "Sáu tháng đầu năm 2024",
        "SÁU THÁNG ĐẦU NĂM 2024",
        "6 tháng/2024",
        "6 tháng đầu năm/2024",
        "6T/2024",
        "6 thang dau nam 2024",
        "Báo cáo 6 tháng đầu năm 2024 (từ 01/01/2024 đến 30/6/2024)",
        "6 tháng đầu năm 2024".normalize("NFD"),
      ],
    ],
    [
      "Quý I/2024",
      [
        "Quý I/2024",
        "Quý 1/2024",
        "Quý I năm 2024",
        "quý 01 năm 2024",
        "QUÝ I - 2024",
        "Quý một năm 2024",
        "Q1/2024",
        "Q1-2024",
        "3 tháng đầu năm 2024",
        "Qúy I/2024",
      ],
    ],
    ["Quý IV/2024", ["Quý IV/2024", "Quý 4 năm 2024", "quý tư năm 2024", "3 tháng cuối năm 2024"]],
    ["9 tháng năm 2024", ["9 tháng năm 2024", "09 tháng đầu năm 2024", "Chín tháng năm 2024", "9 tháng/2024"]],
    ["Năm 2024", ["Năm 2024", "năm 2024", "2024", "Cả năm 2024", "Báo cáo năm 2024", "12 tháng năm 2024"]],
    ["Tháng 5/2024", ["Tháng 5/2024", "tháng 05 năm 2024", "Tháng 5 - 2024"]],
  ];

  it.each(groups)("%s: every spelling is the same period", (_, spellings) => {
    const keys = new Set(spellings.map(periodKey));
    expect({ spellings, keys: [...keys] }).toEqual({ spellings, keys: [periodKey(spellings[0])] });
    expect(periodMeaning(spellings[0]).kind).not.toBe("text");
  });

  it("has at least ten spellings of one period", () => {
    expect(groups[0][1].length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ["Quý I/2024", "6 tháng đầu năm 2024"],
    ["Năm 2023", "Năm 2024"],
    ["6 tháng đầu năm 2023", "6 tháng đầu năm 2024"],
    ["Quý I/2024", "Quý II/2024"],
    ["6 tháng đầu năm 2024", "6 tháng cuối năm 2024"],
    ["9 tháng năm 2024", "Năm 2024"],
    ["Tháng 6/2024", "6 tháng đầu năm 2024"],
    ["Quý I/2024", "Tháng 1/2024"],
    ["Giai đoạn 2016-2020", "Năm 2020"],
  ])("«%s» and «%s» stay different", (a, b) => {
    expect(samePeriod(a, b)).toBe(false);
  });

  it("keeps an unclear text as written (folded), so that the same text still matches itself", () => {
    expect(periodMeaning("Giai đoạn 2016-2020")).toEqual({ kind: "text", text: "giai doan 2016 2020" });
    expect(samePeriod("Giai đoạn 2016-2020", "GIAI ĐOẠN 2016 - 2020")).toBe(true);
    expect(periodKey("   ")).toBe("");
  });

  it("orders periods by the month they end: the earlier report is the one that ends first", () => {
    const inOrder = ["Năm 2023", "Quý I/2024", "6 tháng đầu năm 2024", "Tháng 7/2024", "9 tháng năm 2024", "Năm 2024"];
    const ends = inOrder.map((p) => periodEnd(p)!);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    expect(new Set(ends).size).toBe(inOrder.length);
    expect(periodEnd("6 tháng cuối năm 2024")).toBe(periodEnd("Năm 2024"));
    expect(periodEnd("Giai đoạn 2016-2020")).toBeUndefined();
  });
});
