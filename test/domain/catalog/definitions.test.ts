import { createHash } from "node:crypto";
import { catalog } from "../../../src/domain/catalog";
import {
  contentHash,
  parseDefinition,
  parseDefinitionText,
  withDefinitions,
  type UserDefinition,
} from "../../../src/domain/catalog/definitions";
import type { SourceModuleInput } from "../../../src/domain/catalog/schema";
import { sha256Hex } from "../../../src/domain/text/sha256";

/** A small definition as `cchc define` writes one. */
function definition(): SourceModuleInput {
  return {
    document: {
      id: "tu-tao-bieu-03",
      issuer: "UBND TỈNH PHÚ YÊN",
      title: "Công văn số 125/SNV-CCHC",
      province: "Phú Yên",
      year: 2025,
    },
    templates: [
      {
        id: "bieu-03",
        version: "0",
        document: "tu-tao-bieu-03",
        appendix: "Biểu số 03",
        title: ["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ"],
        sheetName: "Biểu 03",
        columns: [
          { key: "stt", header: "TT", role: "stt" },
          { key: "label", header: "Nội dung", role: "label" },
          { key: "unit", header: "Đơn vị tính", role: "unit" },
          { key: "value", header: "Kết quả", role: "value" },
        ],
        rows: [
          { type: "section", id: "I", stt: "I", label: "CÔNG TÁC CHỈ ĐẠO", level: 0 },
          {
            type: "indicator",
            id: "1",
            stt: "1",
            label: "Số văn bản",
            level: 1,
            unit: "Văn bản",
            rule: { kind: "count" },
          },
          {
            type: "indicator",
            id: "2",
            stt: "2",
            label: "Tỷ lệ hồ sơ",
            level: 1,
            unit: "%",
            rule: { kind: "percent" },
          },
        ],
      },
    ],
  };
}

describe("SHA-256", () => {
  it.each(["", "abc", "Số lượng văn bản", "x".repeat(1000)])("agrees with Node's crypto on %#", (text) => {
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});

describe("user definitions", () => {
  it("pass through the catalog's schema and take their content hash as version", () => {
    const parsed = parseDefinition(definition());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [d] = parsed.definitions;
    expect(d.template.version).toMatch(/^[0-9a-f]{16}$/);
    // Defaults of the schema are filled as for the built-in sources.
    expect(d.template.crossRules).toEqual([]);
    expect(JSON.parse(d.definition.json).templates[0].version).toBe(d.template.version);
  });

  it("hash content, not spelling: key order and the typed version do not matter; a label does", () => {
    const a = parseDefinition(definition());
    const reordered = JSON.parse(JSON.stringify(definition(), (_, v) => v)) as SourceModuleInput;
    const t = reordered.templates[0] as Record<string, unknown>;
    const shuffled = { ...reordered, templates: [Object.fromEntries(Object.entries(t).reverse())] };
    (shuffled.templates[0] as Record<string, unknown>).version = "7.1";
    const b = parseDefinition(shuffled);
    const changed = definition();
    (changed.templates[0].rows[1] as { label: string }).label = "Số văn bản đã ban hành";
    const c = parseDefinition(changed);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(b.definitions[0].template.version).toBe(a.definitions[0].template.version);
    expect(c.definitions[0].template.version).not.toBe(a.definitions[0].template.version);
    expect(contentHash({ document: a.definitions[0].document, templates: [a.definitions[0].template] })).toBe(
      a.definitions[0].template.version,
    );
  });

  it("say what is wrong with a hand-edited definition: one issue per problem, its JSON path, in Vietnamese", () => {
    const broken = definition() as unknown as { templates: Record<string, unknown>[] };
    const t = broken.templates[0];
    (t.rows as Record<string, unknown>[])[1].rule = { kind: "counts" };
    (t.rows as Record<string, unknown>[])[2].level = 9;
    (t.columns as Record<string, unknown>[])[3].rolle = "value";
    delete t.appendix;
    const parsed = parseDefinition(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual(
      expect.arrayContaining([
        { path: "templates[0].appendix", message: "thiếu trường này (cần một chuỗi chữ)." },
        {
          path: "templates[0].columns[3]",
          message: "trường không có trong mẫu: «rolle» (kiểm tra chính tả).",
        },
        {
          path: "templates[0].rows[1].rule.kind",
          message: expect.stringMatching(/^loại chỉ tiêu không có; dùng một trong: count, money, percent/),
        },
        { path: "templates[0].rows[2].level", message: "phải từ 5 trở xuống." },
      ]),
    );
    expect(parsed.issues).toHaveLength(4);
  });

  it("translate the schema's own cross checks", () => {
    const d = definition();
    d.templates[0].crossRules = [{ type: "partsOfTotal", total: "1", parts: ["9"] }];
    d.templates[0].rows.push({ type: "indicator", id: "2", label: "Lặp", level: 1 });
    const parsed = parseDefinition(d);
    expect(!parsed.ok && parsed.issues).toEqual([
      { path: "templates[0].rows[3].id", message: "mã dòng «2» bị trùng." },
      {
        path: "templates[0].rows[3].rule",
        message: 'chỉ tiêu «2» chưa có "rule" (loại chỉ tiêu) cho các cột số liệu.',
      },
      { path: "templates[0].crossRules[0].parts[0]", message: "không có dòng mã «9»." },
    ]);
  });

  it("report a file that is no JSON at its root", () => {
    const parsed = parseDefinitionText("{ not json");
    expect(!parsed.ok && parsed.issues[0].path).toBe("(gốc)");
    expect(!parsed.ok && parsed.issues[0].message).toMatch(/^không phải JSON hợp lệ/);
  });
});

describe("one catalog with user definitions", () => {
  const parsed = parseDefinition(definition());
  const mine = (parsed.ok ? parsed.definitions : [])[0] as UserDefinition;
  const other = (() => {
    const d = definition();
    d.templates[0].title = ["BÁO CÁO KHÁC"];
    const p = parseDefinition(d);
    return (p.ok ? p.definitions : [])[0] as UserDefinition;
  })();

  it("holds the built-in templates and the user's, one lookup for both", () => {
    const { catalog: cat, conflicts } = withDefinitions(catalog(), [mine]);
    expect(conflicts).toEqual([]);
    expect(cat.get("bieu-03")).toBe(mine);
    expect(cat.get("kh-pl2-ii1")).toBe(catalog().get("kh-pl2-ii1"));
    expect(cat.templates).toHaveLength(catalog().templates.length + 1);
    // The same definitions give the same catalog object (its label index is built once).
    expect(withDefinitions(catalog(), [mine]).catalog).toBe(cat);
  });

  it("never lets a definition replace a built-in template, and never keeps two definitions of one id", () => {
    const clash = { ...mine, template: { ...mine.template, id: "kh-pl2-ii1" } };
    expect(withDefinitions(catalog(), [clash]).conflicts).toEqual([{ kind: "builtin", id: "kh-pl2-ii1" }]);
    const first = withDefinitions(catalog(), [mine, other]);
    expect(first.catalog.get("bieu-03")).toBe(mine);
    expect(first.conflicts).toEqual([
      { kind: "differs", id: "bieu-03", kept: mine.template.version, other: other.template.version },
    ]);
    const given = withDefinitions(catalog(), [mine]).catalog;
    const carried = withDefinitions(given, [other], "later");
    expect(carried.catalog.get("bieu-03")).toBe(other);
    expect(carried.catalog.templates.filter((e) => e.template.id === "bieu-03")).toHaveLength(1);
  });
});
