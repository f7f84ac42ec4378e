import { en } from "../../src/taskpane/i18n/en";
import { localeOf, MESSAGES } from "../../src/taskpane/i18n";
import { vi, type Messages } from "../../src/taskpane/i18n/vi";

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
    expect([vi.insert, vi.validate, vi.mark, vi.clearMarks, vi.chooseFile, vi.chooseFiles, vi.merge]).toEqual([
      "Chèn mẫu",
      "Kiểm tra",
      "Đánh dấu ô lỗi",
      "Xóa đánh dấu",
      "Chọn tệp…",
      "Chọn tệp…",
      "Tổng hợp",
    ]);
    expect([vi.statusIncluded, vi.statusDuplicate, vi.statusSkipped]).toEqual(["Đã tổng hợp", "Trùng", "Bỏ qua"]);
    expect([vi.unitLabel, vi.periodLabel, vi.rosterLabel, vi.insertHintStandalone]).toEqual([
      "Đơn vị báo cáo",
      "Kỳ báo cáo",
      "Danh sách đơn vị (mỗi dòng một đơn vị)",
      "Tải mẫu .xlsx",
    ]);
    // The language switch names the language it switches to.
    expect([vi.switchLanguage, en.switchLanguage]).toEqual(["English", "Tiếng Việt"]);
    expect(MESSAGES).toEqual({ vi, en });
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
