import { gridFromRows } from "../../src/domain/grid";
import {
  definitionFileName,
  draftFrom,
  finish,
  forget,
  kindInputOf,
  legendOf,
  remember,
  rememberedDefinitions,
  reviewRows,
  ruleOf,
  withRule,
} from "../../src/taskpane/model/define-template";
import { OWN_TABLE, ownDraft } from "../helpers/made-definition";

describe("the draft of a template made in the pane", () => {
  it("shows the inferred indicators with their kind, and the row it could not type", () => {
    const d = ownDraft();
    expect(d.module.templates[0].id).toBe("tiep-cong-dan");
    const rows = reviewRows(d);
    expect(rows.map((r) => [r.stt, r.label, r.unit, r.rule?.kind])).toEqual([
      ["1", "Số lượt tiếp công dân", "Lượt", "count"],
      ["2", "Tỷ lệ đơn thư được giải quyết", "%", "percent"],
      ["3", "Chiều dài tuyến đường được số hóa", "Km", "text"],
    ]);
    expect(rows[2].problem).toMatchObject({ code: "unknownUnit", row: 5 });
  });

  it("takes the kind and legend the user chose, and the schema's version on finishing", () => {
    const d = ownDraft();
    const id = reviewRows(d)[2].id;
    const base = kindInputOf(undefined);
    expect(ruleOf({ ...base, kind: "flag", legend: "Chưa = 0; Rồi = 1" })).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Rồi" },
      no: { code: 0, label: "Chưa" },
    });
    expect(ruleOf({ ...base, kind: "flag", legend: "Có = 1" })).toBeUndefined();
    expect(ruleOf({ ...base, kind: "code", legend: "A = 0; B = 1; C = 2" })).toMatchObject({ kind: "code" });
    expect(ruleOf({ ...base, kind: "score", max: "2,5" })).toEqual({ kind: "score", max: 2.5 });
    expect(ruleOf({ ...base, kind: "score", max: "không" })).toBeUndefined();
    expect(ruleOf({ ...base, kind: "pair", form: "partWhole" })).toEqual({ kind: "pair", form: "partWhole" });
    expect(legendOf(undefined, "flag")).toBe("Có = 1; Không = 0");
    expect(kindInputOf({ kind: "score", max: 8.5 })).toMatchObject({ kind: "score", max: "8.5" });
    const changed = withRule(d, id, ruleOf({ ...base, kind: "flag", legend: legendOf(undefined, "flag") })!);
    expect(reviewRows(changed)[2]).toMatchObject({ rule: { kind: "flag" } });
    expect(reviewRows(changed)[2].problem).toBeUndefined();
    const before = finish(d);
    const after = finish(changed);
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.definition.template.version).toMatch(/^[0-9a-f]{16}$/);
    expect(after.definition.template.version).not.toBe(before.definition.template.version);
    expect(definitionFileName(after.definition)).toBe("tiep-cong-dan.json");
  });

  it("never takes a built-in template's id", () => {
    const made = draftFrom("kh-pl2-ii1.xlsx", [gridFromRows("Biểu", OWN_TABLE)], 2026);
    expect(made.ok && made.draft.module.templates[0].id).toBe("kh-pl2-ii1-tu-tao");
  });

  it("says why a sheet is no table", () => {
    expect(draftFrom("x.xlsx", [gridFromRows("A", [["Chỉ một dòng"]])], 2026)).toEqual({
      ok: false,
      reason: "noHeader",
    });
  });

  it("keeps the remembered list newest first, one per id, and drops what no longer passes the schema", () => {
    const a = finish(ownDraft());
    if (!a.ok) throw new Error("draft");
    const b = finish(withRule(ownDraft(), reviewRows(ownDraft())[0].id, { kind: "text" }));
    if (!b.ok) throw new Error("draft");
    const list = remember(remember([], a.definition), b.definition);
    expect(list).toEqual([b.definition]);
    expect(rememberedDefinitions([a.definition.definition.json, "{broken", "[]"])).toEqual([a.definition]);
    expect(forget(list, "tiep-cong-dan")).toEqual([]);
  });
});
