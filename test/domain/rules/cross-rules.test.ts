import { catalog } from "../../../src/domain/catalog";
import { checkCrossRules } from "../../../src/domain/rules/cross-rules";
import { renderMessage, withDoubt } from "../../../src/domain/rules/messages";

/** Runs a real template's cross rules over values given by ref; addresses are the refs themselves. */
function cross(templateId: string, values: Record<string, number>) {
  const template = catalog().get(templateId)!.template;
  return checkCrossRules(template, {
    number: (ref) => values[ref],
    address: (ref) => `[${ref}]`,
    style: "vi",
  }).map((i) => ({ severity: i.severity, code: i.code, ref: i.ref, message: renderMessage(i.code, i.params, "vi") }));
}

describe("cross-cell rules from the template data", () => {
  it("completed <= planned (Khánh Hòa periodic 1.1)", () => {
    expect(cross("kh-dinhky-pl2", { "1.1.a@value": 23, "1.1.b@value": 15 })).toEqual([]);
    expect(cross("kh-dinhky-pl2", { "1.1.a@value": 15, "1.1.b@value": 23 })).toEqual([
      {
        severity: "error",
        code: "cross.notGreater",
        ref: "1.1.b@value",
        message: "Số đã hoàn thành (23) lớn hơn số đề ra ở [1.1.a@value] (15).",
      },
    ]);
  });

  it("on time + late never exceed the tasks assigned (1.5)", () => {
    expect(cross("kh-dinhky-pl2", { "1.5.a@value": 28, "1.5.b@value": 22, "1.5.c@value": 6 })).toEqual([]);
    const over = cross("kh-dinhky-pl2", { "1.5.a@value": 28, "1.5.b@value": 22, "1.5.c@value": 7 });
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ severity: "error", code: "cross.partsExceedTotal", ref: "1.5.a@value" });
    expect(over[0].message).toBe("Tổng các chỉ tiêu thành phần (29) lớn hơn tổng số ở [1.5.a@value] (28).");
  });

  it("TTHC cấp tỉnh + huyện + xã must equal the total (exhaustive parts), per year column", () => {
    const ok = { "1@y2019": 1800, "1.a@y2019": 1200, "1.b@y2019": 400, "1.c@y2019": 200 };
    expect(cross("kh-pl2-ii3", ok)).toEqual([]);
    const short = cross("kh-pl2-ii3", { ...ok, "1.c@y2019": 150 });
    expect(short).toEqual([
      expect.objectContaining({ severity: "warning", code: "cross.partsNotTotal", ref: "1@y2019" }),
    ]);
    // A part missing: the sum cannot be judged complete, only not above the total.
    expect(cross("kh-pl2-ii3", { "1@y2019": 1800, "1.a@y2019": 1200, "1.b@y2019": 400 })).toEqual([]);
  });

  it("có mặt <= được giao is a warning (Bình Định Phụ lục 5)", () => {
    const r = cross("bd-pl5", { "1.a@y2018": 100, "1.b@y2018": 104 });
    expect(r).toEqual([expect.objectContaining({ severity: "warning", code: "cross.notGreater", ref: "1.b@y2018" })]);
    expect(r[0].message).toBe("Số có mặt (104) lớn hơn số được giao ở [1.a@y2018] (100).");
  });

  it("PAR Index parents equal the sum of their children (Đắk Lắk, to 0.01)", () => {
    const t = catalog().get("dl-pl1")!.template;
    const values: Record<string, number> = {};
    for (const row of t.rows)
      if (row.type === "indicator" && row.rule?.kind === "score") values[`${row.id}@t2020`] = row.rule.max;
    // Max scores are consistent by construction of the source: no finding.
    expect(cross("dl-pl1", values)).toEqual([]);
    values["1.1@t2020"] = 1;
    expect(cross("dl-pl1", values)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: "error", code: "cross.sumOfChildren", ref: "1@t2020" }),
      ]),
    );
  });

  it("flags the source's own 2019 figures that do not add up", () => {
    const t = catalog().get("dl-pl1")!.template;
    const values: Record<string, number> = {};
    for (const row of t.rows)
      if (row.type === "indicator" && typeof row.cells?.y2019 === "number") values[`${row.id}@y2019`] = row.cells.y2019;
    const refs = cross("dl-pl1", values).map((i) => i.ref);
    expect(refs).toEqual(expect.arrayContaining(["2@y2019", "4@y2019", "5@y2019", "6@y2019"]));
  });

  it("cumulative values do not fall from one year to the next (Sơn La 5.x, lũy kế)", () => {
    const t = catalog().get("sl-pl2")!.template;
    const rule = t.crossRules.find((r) => r.type === "cumulative")!;
    const row = rule.type === "cumulative" ? rule.row : "";
    expect(cross("sl-pl2", { [`${row}@y2023`]: 10, [`${row}@y2024`]: 12 })).toEqual([]);
    expect(cross("sl-pl2", { [`${row}@y2023`]: 10, [`${row}@y2024`]: 8 })).toEqual([
      expect.objectContaining({ severity: "warning", code: "cross.cumulative", ref: `${row}@y2024` }),
    ]);
  });
});
describe("severities that match what the sources imply", () => {
  /** A cross finding as validate-sheet renders it: the message and, for a warning rule, why it may be right. */
  function rendered(templateId: string, values: Record<string, number>) {
    const template = catalog().get(templateId)!.template;
    return checkCrossRules(template, { number: (ref) => values[ref], address: (ref) => `[${ref}]`, style: "vi" }).map(
      (i) => ({
        severity: i.severity,
        ref: i.ref,
        message: withDoubt(renderMessage(i.code, i.params, "vi"), i.doubt, "vi"),
      }),
    );
  }

  it.each([
    // Khánh Hòa II.2 / Bình Định Phụ lục 2, 6 <= 5: documents handled in a year may have been found the year before.
    ["kh-pl2-ii2", "6@y2019", "5@y2019"],
    ["bd-pl2", "6@y2019", "5@y2019"],
    ["bd-pl2", "3@y2019", "2@y2019"],
    // PAKN resolved in the year <= received in the year (6.b <= 6.a).
    ["kh-pl2-ii3", "6.b@y2018", "6.a@y2018"],
    ["bd-pl3", "6.b@y2018", "6.a@y2018"],
    // The periodic form: issues handled <= found, recommendations handled <= made.
    ["kh-dinhky-pl2", "1.3.2.b@value", "1.3.2.a@value"],
    ["kh-dinhky-pl2", "2.5@value", "2.4@value"],
  ])("%s: %s above %s is a carry-over warning that says why it may be right", (templateId, lesser, greater) => {
    expect(rendered(templateId, { [lesser]: 12, [greater]: 10 })).toEqual([
      {
        severity: "warning",
        ref: lesser,
        message: expect.stringMatching(
          /lớn hơn .* \(10\)\. Số liệu vẫn có thể đúng: số đã xử lý trong kỳ có thể gồm cả việc của kỳ trước chuyển sang\.$/,
        ),
      },
    ]);
  });

  it("warns on Sơn La II.2.2, a rule read from the labels, and says the source does not print it", () => {
    const r = rendered("sl-pl2", { "II.2.2.a@y2024": 100, "II.2.2.b@y2024": 60, "II.2.2.c@y2024": 50 });
    expect(r).toEqual([
      {
        severity: "warning",
        ref: "II.2.2.a@y2024",
        message:
          "Tổng các chỉ tiêu thành phần (110) lớn hơn tổng số ở [II.2.2.a@y2024] (100). Số liệu vẫn có thể đúng: văn bản gốc không ghi quy tắc này, quy tắc được suy ra từ nội dung các chỉ tiêu.",
      },
    ]);
  });

  it("lets the three BCCI categories of kh-dinhky-pl2 3.4.4 overlap, each within the total", () => {
    const base = { "3.4.4@value": 100, "3.4.4.a@value": 80, "3.4.4.b@value": 70, "3.4.4.c@value": 60 };
    expect(rendered("kh-dinhky-pl2", base)).toEqual([]);
    expect(rendered("kh-dinhky-pl2", { ...base, "3.4.4.b@value": 120 })).toEqual([
      expect.objectContaining({ severity: "error", ref: "3.4.4@value" }),
    ]);
  });

  it("models Khánh Hòa II.1 and Bình Định Phụ lục 1 row 1 alike: parts within the total, no sum required", () => {
    for (const id of ["kh-pl2-ii1", "bd-pl1"]) {
      expect(rendered(id, { "1@y2019": 50, "1.a@y2019": 10, "1.b@y2019": 30 })).toEqual([]);
      expect(rendered(id, { "1@y2019": 50, "1.a@y2019": 30, "1.b@y2019": 30 })).toEqual([
        expect.objectContaining({ severity: "error", ref: "1@y2019" }),
      ]);
    }
  });

  it("checks 5 <= 4 and the one-stop 4.x <= 1.x in both provinces' twins, as warnings", () => {
    for (const id of ["kh-pl2-ii2", "bd-pl2"])
      expect(rendered(id, { "5@y2017": 9, "4@y2017": 8 })).toEqual([
        expect.objectContaining({ severity: "warning", ref: "5@y2017" }),
      ]);
    for (const id of ["kh-pl2-ii3", "bd-pl3"])
      expect(rendered(id, { "4.b@y2017": 90, "1.b@y2017": 80 })).toEqual([
        expect.objectContaining({ severity: "warning", ref: "4.b@y2017" }),
      ]);
  });

  it("never makes a carry-over-prone rule (handled <= found, received) an error anywhere in the catalog", () => {
    for (const { template } of catalog().templates)
      for (const r of template.crossRules)
        if (r.type === "notGreater" && r.relation === "handled")
          expect([template.id, r.lesser, r.severity, r.doubt]).toEqual([template.id, r.lesser, "warning", "carryOver"]);
  });
});
