import { layoutCells } from "../../src/domain/layout/table-layout";
import { catalog } from "../../src/domain/catalog";
import { en } from "../../src/taskpane/i18n/en";
import { localeOf, MESSAGES, startLocale } from "../../src/taskpane/i18n";
import { vi, type Messages } from "../../src/taskpane/i18n/vi";
import { resultsLayout } from "../../src/taskpane/model/findings";
import { checkFile } from "../../src/taskpane/model/check-files";
import {
  documentLabel,
  templateFileTitle,
  templateLabel,
  templateName,
  templatePreview,
} from "../../src/taskpane/model/templates";
import { camRanhPeriod, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeView } from "../../src/taskpane/model/merge-view";
import { receivedReport } from "../helpers/in-memory-reports";
import { filledTemplate } from "../helpers/workbooks";

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Every message as text: strings as they are, functions called with stand-in arguments. */
function texts(m: Messages): [string, string][] {
  return Object.entries(m).map(([key, value]) => {
    if (typeof value === "string") return [key, value];
    const fn = value as (...args: unknown[]) => string;
    return [key, fn(...Array.from({ length: fn.length }, (_, i) => `«arg${i}»`))];
  });
}

describe("the task pane's strings", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof Messages)[]) expect(typeof en[key]).toBe(typeof vi[key]);
  });

  it("are never empty, and parameterised ones show every argument", () => {
    for (const m of [vi, en])
      for (const [key, text] of texts(m)) {
        expect([key, text.trim().length > 0]).toEqual([key, true]);
        expect([key, text.includes("undefined")]).toEqual([key, false]);
        const fn = m[key as keyof Messages];
        if (typeof fn === "function")
          for (let i = 0; i < fn.length; i++) expect([key, text.includes(`«arg${i}»`)]).toEqual([key, true]);
      }
  });

  it("are written in Vietnamese with its diacritics, in composed (NFC) form", () => {
    for (const [key, text] of texts(vi)) expect([key, text === text.normalize("NFC")]).toEqual([key, true]);
    const spot: (keyof Messages)[] = [
      "tabTemplates",
      "tabValidate",
      "tabMerge",
      "insert",
      "chooseFiles",
      "unitLabel",
      "periodLabel",
      "mark",
      "clearMarks",
      "statusIncluded",
      "statusDuplicate",
      "statusSkipped",
      "rosterLabel",
      "nothingToMerge",
      "unsupportedTitle",
      "unexpectedError",
    ];
    for (const key of spot)
      expect([key, VIETNAMESE_LETTER.test(texts(vi).find(([k]) => k === key)![1])]).toEqual([key, true]);
    expect(vi.filled(85, 120)).toBe("Đã nhập 85/120 ô số liệu");
    expect(vi.reading(3, 12)).toBe("Đang đọc tệp 3/12");
  });

  it("keep the names end-to-end tests click by", () => {
    expect([vi.tabTemplates, vi.tabValidate, vi.tabMerge]).toEqual(["Mẫu biểu", "Kiểm tra", "Tổng hợp"]);
    expect([en.tabTemplates, en.tabValidate, en.tabMerge]).toEqual(["Templates", "Validate", "Merge"]);
    expect([
      vi.insert,
      vi.download,
      vi.validate,
      vi.mark,
      vi.clearMarks,
      vi.chooseFile,
      vi.chooseFiles,
      vi.merge,
      vi.downloadResults,
      vi.cancel,
      vi.readyToSend,
    ]).toEqual([
      "Chèn mẫu",
      "Tải mẫu về",
      "Kiểm tra",
      "Đánh dấu ô lỗi",
      "Xóa đánh dấu",
      "Chọn tệp…",
      "Chọn tệp…",
      "Tổng hợp",
      "Tải kết quả kiểm tra",
      "Hủy",
      "Sẵn sàng gửi",
    ]);
    expect(vi.allTables(10)).toBe("Tất cả các bảng của phụ lục này (10 bảng)");
    expect([vi.statusIncluded, vi.statusDuplicate, vi.statusSkipped]).toEqual(["Đã tổng hợp", "Trùng", "Bỏ qua"]);
    expect([vi.unitLabel, vi.periodLabel, vi.rosterLabel]).toEqual([
      "Đơn vị báo cáo",
      "Kỳ báo cáo",
      "Danh sách đơn vị (mỗi dòng một đơn vị)",
    ]);
    // The language switch names the language it switches to.
    expect([vi.switchLanguage, en.switchLanguage]).toEqual(["English", "Tiếng Việt"]);
    expect(MESSAGES).toEqual({ vi, en });
  });

  it("say in the users' words what the earlier wording got wrong", () => {
    expect(en.filterDuplicates(2)).toBe("Duplicates (2)");
    expect(en.missingHeading(2)).toBe("Units not yet received (2)");
    expect(vi.chooseFilesHint).toContain("các tệp .xlsx mà các đơn vị đã gửi");
    // A button named for screen readers ("…For") starts its name with its visible words (WCAG 2.5.3, label in name).
    for (const m of [vi, en])
      for (const [key, value] of Object.entries(m)) {
        const visible = m[key.replace(/For$/, "") as keyof Messages];
        if (!key.endsWith("For") || typeof value !== "function" || typeof visible !== "string") continue;
        expect([key, (value as (f: string) => string)("a.xlsx").startsWith(visible)]).toEqual([key, true]);
      }
  });

  it("never show an internal id: not in a message, a template's name or label, a preview, a file name or the results", async () => {
    const ids = [...new Set(catalog().templates.flatMap((e) => [e.template.id, e.document.id]))];
    const anyId = new RegExp(`(^|[^\\w-])(${ids.map((id) => id.replace(/[.]/g, "\\.")).join("|")})($|[^\\w-])`);
    const visible: string[] = [];
    for (const e of catalog().templates)
      visible.push(
        documentLabel(e.document),
        templateFileTitle([e], "", ""),
        ...templatePreview(e, "", "").map((l) => l.text),
      );
    for (const m of [vi, en]) {
      visible.push(...texts(m).map(([, text]) => text));
      for (const e of catalog().templates) visible.push(templateLabel(e, m), templateName(e, catalog(), m));
    }
    const bytes = await filledTemplate("kh-dinhky-pl2", "", camRanhPeriod, { ...camRanhValues, "1.7": "có" });
    for (const locale of ["vi", "en"] as const) {
      const check = await checkFile(
        { name: "bao-cao.xlsx", arrayBuffer: async () => bytes.slice().buffer },
        locale,
        true,
      );
      const { layout } = resultsLayout([check], locale, MESSAGES[locale], new Date(2026, 0, 1));
      visible.push(...layoutCells(layout).map((c) => String(c.value ?? "")));
      visible.push(...check.sheets.flatMap((s) => [s.template, ...s.findings.map((f) => f.message)]));
    }
    // The Tổng hợp tab: a merge of one template, a report of another set aside and named for the consolidator.
    const received = [
      receivedReport("a.xlsx", "kh-dinhky-pl2", "Sở Nội vụ", camRanhPeriod, { "1.1.a": 3 }),
      receivedReport("b.xlsx", "bd-pl1", "Sở Tư pháp", camRanhPeriod, {}),
    ];
    for (const locale of ["vi", "en"] as const) {
      const merged = mergeFiles(received, catalog(), { locale, templateId: "kh-dinhky-pl2" });
      const view = mergeView(merged, received, catalog(), (e) => templateName(e, catalog(), MESSAGES[locale]));
      expect(view.rows.filter((r) => r.status === "skipped")).toHaveLength(1);
      visible.push(
        ...view.rows.flatMap((r) => [r.unit, r.reason ?? ""]),
        ...view.templates.map((x) => x.label),
        ...view.tables.map((x) => x.label),
      );
    }
    expect(visible.length).toBeGreaterThan(500);
    expect(visible.filter((text) => anyId.test(text))).toEqual([]);
  });

  it("start in Vietnamese on the standalone page unless the user chose English there; in Excel, Office's language", () => {
    expect(startLocale("standalone", "en-US", null)).toBe("vi");
    expect(startLocale("standalone", "vi-VN", "en")).toBe("en");
    expect(startLocale("standalone", "en-US", "vi")).toBe("vi");
    expect(startLocale("excel", "en-US", "vi")).toBe("en");
    expect(startLocale("excel", "vi-VN", "en")).toBe("vi");
    expect(startLocale("unsupported", "en-GB", null)).toBe("en");
  });

  it("are English when Office or the browser runs in English, Vietnamese otherwise", () => {
    expect(localeOf("en-US")).toBe("en");
    expect(localeOf("EN-gb")).toBe("en");
    expect(localeOf("en")).toBe("en");
    expect(localeOf("vi-VN")).toBe("vi");
    expect(localeOf("fr-FR")).toBe("vi");
    expect(localeOf("")).toBe("vi");
    expect(localeOf(undefined)).toBe("vi");
  });
});
