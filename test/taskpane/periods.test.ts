import { parsePeriod } from "../../src/domain/period/period";
import { PERIOD_KINDS, periodChoiceOf, periodText, yearsAround } from "../../src/taskpane/model/periods";

describe("the period as the Mẫu biểu tab offers it", () => {
  it("writes every listed period the way the sheet and the rules read it", () => {
    expect(PERIOD_KINDS.map((kind) => periodText({ kind, year: 2024 }))).toEqual([
      "Quý I/2024",
      "Quý II/2024",
      "Quý III/2024",
      "Quý IV/2024",
      "6 tháng đầu năm 2024",
      "9 tháng năm 2024",
      "Năm 2024",
    ]);
    // The months a "Tháng" row may not exceed follow from the text written.
    expect(PERIOD_KINDS.map((kind) => parsePeriod(periodText({ kind, year: 2024 })))).toEqual(
      [3, 3, 3, 3, 6, 9, 12].map((months, i) => ({
        text: periodText({ kind: PERIOD_KINDS[i], year: 2024 }),
        months,
        year: 2024,
      })),
    );
    expect(periodText({ kind: "other", text: "  6 tháng cuối năm 2024 " })).toBe("6 tháng cuối năm 2024");
    expect(periodText({ kind: "blank" })).toBe("");
  });

  it("finds a remembered period in the lists, or keeps it as typed", () => {
    for (const kind of PERIOD_KINDS)
      expect(periodChoiceOf(periodText({ kind, year: 2023 }))).toEqual({ kind, year: 2023 });
    expect(periodChoiceOf("Quý 1 năm 2024")).toEqual({ kind: "other", text: "Quý 1 năm 2024" });
    expect(periodChoiceOf("   ")).toEqual({ kind: "blank" });
  });

  it("offers the next year and ten back", () => {
    expect(yearsAround(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
  });
});
