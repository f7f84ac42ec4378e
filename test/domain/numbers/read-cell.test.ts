import type { RuleKind } from "../../../src/domain/catalog/schema";
import type { RawCell } from "../../../src/domain/grid";
import { readCell, type ReadCell } from "../../../src/domain/numbers/read-cell";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const v = (value: RawCell["value"], extra: Omit<RawCell, "value"> = {}): RawCell => ({ value, ...extra });

describe("readCell", () => {
  it.each<[string, RawCell, RuleKind, ReadCell]>([
    // Empty
    ["null", v(null), "count", { reading: { type: "empty" }, display: "" }],
    ["empty text", v(""), "count", { reading: { type: "empty" }, display: "" }],
    ["spaces only", v("   "), "percent", { reading: { type: "empty" }, display: "" }],
    ["non-breaking spaces only", v("\u00a0 \u00a0"), "text", { reading: { type: "empty" }, display: "" }],

    // Stored numbers are taken as they are
    ["stored count", v(12), "count", { reading: { type: "number", value: 12 }, display: "12" }],
    ["stored decimal", v(1234.5), "money", { reading: { type: "number", value: 1234.5 }, display: "1234,5" }],
    ["stored negative", v(-3), "count", { reading: { type: "number", value: -3 }, display: "-3" }],
    ["stored number in a text cell", v(15), "text", { reading: { type: "number", value: 15 }, display: "15" }],

    // Percent number format: Excel stores 0.95 for 95%
    [
      "0.95 formatted 0% in a percent cell",
      v(0.95, { numFmt: "0%" }),
      "percent",
      { reading: { type: "number", value: 95, scaledFromPercentFormat: true }, display: "95%" },
    ],
    [
      "0.955 formatted 0.00% in a percent cell",
      v(0.955, { numFmt: "0.00%" }),
      "percent",
      { reading: { type: "number", value: 95.5, scaledFromPercentFormat: true }, display: "95,5%" },
    ],
    [
      "0.07 formatted 0% in a pair cell",
      v(0.07, { numFmt: "0%" }),
      "pair",
      { reading: { type: "number", value: 7, scaledFromPercentFormat: true }, display: "7%" },
    ],
    [
      "0.95 formatted General in a percent cell is not scaled",
      v(0.95, { numFmt: "General" }),
      "percent",
      { reading: { type: "number", value: 0.95 }, display: "0,95" },
    ],
    [
      "95 with no format in a percent cell",
      v(95),
      "percent",
      { reading: { type: "number", value: 95 }, display: "95" },
    ],
    [
      "0.95 formatted 0% in a count cell is not scaled",
      v(0.95, { numFmt: "0%" }),
      "count",
      { reading: { type: "number", value: 0.95 }, display: "95%" },
    ],
    [
      'a quoted "%" in the format is not a percent format',
      v(95, { numFmt: '0"%"' }),
      "percent",
      { reading: { type: "number", value: 95 }, display: "95" },
    ],

    // Numbers typed as text
    [
      "'1.234' count",
      v("1.234"),
      "count",
      { reading: { type: "number", value: 1234, fromText: "1.234" }, display: "1.234" },
    ],
    [
      "'1.234.567' count",
      v("1.234.567"),
      "count",
      { reading: { type: "number", value: 1234567, fromText: "1.234.567" }, display: "1.234.567" },
    ],
    [
      "'1 234' count",
      v("1 234"),
      "count",
      { reading: { type: "number", value: 1234, fromText: "1 234" }, display: "1 234" },
    ],
    [
      "'1.500' money is ambiguous",
      v("1.500"),
      "money",
      { reading: { type: "number", value: 1500, fromText: "1.500", ambiguous: true }, display: "1.500" },
    ],
    [
      "'1,234' count is ambiguous",
      v("1,234"),
      "count",
      { reading: { type: "number", value: 1234, fromText: "1,234", ambiguous: true }, display: "1,234" },
    ],
    [
      "'1,234' percent is ambiguous",
      v("1,234"),
      "percent",
      { reading: { type: "number", value: 1.234, fromText: "1,234", ambiguous: true }, display: "1,234" },
    ],
    [
      "'75,07' percent",
      v("75,07"),
      "percent",
      { reading: { type: "number", value: 75.07, fromText: "75,07" }, display: "75,07" },
    ],
    [
      "'12.5' percent",
      v("12.5"),
      "percent",
      { reading: { type: "number", value: 12.5, fromText: "12.5" }, display: "12.5" },
    ],
    [
      "'1.234,5' money",
      v("1.234,5"),
      "money",
      { reading: { type: "number", value: 1234.5, fromText: "1.234,5" }, display: "1.234,5" },
    ],
    [
      "'1,234.5' money",
      v("1,234.5"),
      "money",
      { reading: { type: "number", value: 1234.5, fromText: "1,234.5" }, display: "1,234.5" },
    ],
    [
      "'95%' percent",
      v("95%"),
      "percent",
      { reading: { type: "number", value: 95, fromText: "95%", percentSign: true }, display: "95%" },
    ],
    [
      "'95,5 %' percent",
      v(" 95,5\u00a0% "),
      "percent",
      { reading: { type: "number", value: 95.5, fromText: "95,5 %", percentSign: true }, display: "95,5 %" },
    ],
    [
      "'79,53 điểm' score",
      v("79,53 điểm"),
      "score",
      { reading: { type: "number", value: 79.53, fromText: "79,53 điểm" }, display: "79,53 điểm" },
    ],
    [
      "'12,5' count keeps its fraction",
      v("12,5"),
      "count",
      { reading: { type: "number", value: 12.5, fromText: "12,5" }, display: "12,5" },
    ],
    ["'+3' months", v("+3"), "months", { reading: { type: "number", value: 3, fromText: "+3" }, display: "+3" }],
    ["'1' flag", v("1"), "flag", { reading: { type: "number", value: 1, fromText: "1" }, display: "1" }],
    [
      "'2 cấp' code is text, not code 2",
      v("2 cấp"),
      "code",
      { reading: { type: "text", text: "2 cấp" }, display: "2 cấp" },
    ],
    [
      "'1,5 triệu' money is text",
      v("1,5 triệu"),
      "money",
      { reading: { type: "text", text: "1,5 triệu" }, display: "1,5 triệu" },
    ],

    [
      "'0,5%' percent keeps its sign",
      v("0,5%"),
      "percent",
      { reading: { type: "number", value: 0.5, fromText: "0,5%", percentSign: true }, display: "0,5%" },
    ],
    // Fractions
    [
      "'149/149' percent",
      v("149/149"),
      "percent",
      { reading: { type: "fraction", part: 149, whole: 149, text: "149/149" }, display: "149/149" },
    ],
    [
      "'12 / 15' pair",
      v("12  /  15"),
      "pair",
      { reading: { type: "fraction", part: 12, whole: 15, text: "12 / 15" }, display: "12 / 15" },
    ],
    [
      "'1.200/1.500' pair uses thousands dots",
      v("1.200/1.500"),
      "pair",
      { reading: { type: "fraction", part: 1200, whole: 1500, text: "1.200/1.500" }, display: "1.200/1.500" },
    ],
    [
      "'1,200/1,500' pair is ambiguous",
      v("1,200/1,500"),
      "pair",
      {
        reading: { type: "fraction", part: 1200, whole: 1500, text: "1,200/1,500", ambiguous: true },
        display: "1,200/1,500",
      },
    ],
    [
      "'15/03/2024' count is text",
      v("15/03/2024"),
      "count",
      { reading: { type: "text", text: "15/03/2024" }, display: "15/03/2024" },
    ],
    ["'a/b' is text", v("a/b"), "pair", { reading: { type: "text", text: "a/b" }, display: "a/b" }],
    [
      "'15/2024' in a text cell stays text",
      v("15/2024"),
      "text",
      { reading: { type: "text", text: "15/2024" }, display: "15/2024" },
    ],

    // Count = percent
    [
      "'120 = 95%' pair",
      v("120 = 95%"),
      "pair",
      { reading: { type: "countPercent", count: 120, percent: 95, text: "120 = 95%" }, display: "120 = 95%" },
    ],
    [
      "'120 hồ sơ = 95,5 %' pair",
      v("120 hồ sơ = 95,5 %"),
      "pair",
      {
        reading: { type: "countPercent", count: 120, percent: 95.5, text: "120 hồ sơ = 95,5 %" },
        display: "120 hồ sơ = 95,5 %",
      },
    ],
    [
      "'120=95%' pair",
      v("120=95%"),
      "pair",
      { reading: { type: "countPercent", count: 120, percent: 95, text: "120=95%" }, display: "120=95%" },
    ],
    [
      "'1.200 = 95%' pair",
      v("1.200 = 95%"),
      "pair",
      { reading: { type: "countPercent", count: 1200, percent: 95, text: "1.200 = 95%" }, display: "1.200 = 95%" },
    ],
    [
      "'120 = abc' is text",
      v("120 = abc"),
      "pair",
      { reading: { type: "text", text: "120 = abc" }, display: "120 = abc" },
    ],
    [
      "'120 = 95' (no %) is text",
      v("120 = 95"),
      "pair",
      { reading: { type: "text", text: "120 = 95" }, display: "120 = 95" },
    ],

    // Dates
    [
      "serial 45366 as date",
      v(45366),
      "date",
      { reading: { type: "date", date: utc(2024, 3, 15) }, display: "15/03/2024" },
    ],
    [
      "serial with a time part",
      v(45366.75),
      "date",
      { reading: { type: "date", date: utc(2024, 3, 15) }, display: "15/03/2024" },
    ],
    [
      "serial 61 is 1 March 1900",
      v(61),
      "date",
      { reading: { type: "date", date: utc(1900, 3, 1) }, display: "01/03/1900" },
    ],
    [
      "serial 59 is 28 February 1900",
      v(59),
      "date",
      { reading: { type: "date", date: utc(1900, 2, 28) }, display: "28/02/1900" },
    ],
    [
      "serial 1 is 1 January 1900",
      v(1),
      "date",
      { reading: { type: "date", date: utc(1900, 1, 1) }, display: "01/01/1900" },
    ],
    [
      "serial 60 (fictitious 29/02/1900) is not a date",
      v(60),
      "date",
      { reading: { type: "number", value: 60 }, display: "60" },
    ],
    ["serial 0 is not a date", v(0), "date", { reading: { type: "number", value: 0 }, display: "0" }],
    [
      "serial 45366 in a count cell is a number",
      v(45366),
      "count",
      { reading: { type: "number", value: 45366 }, display: "45366" },
    ],
    [
      "Date value",
      v(new Date(Date.UTC(2024, 2, 15, 10, 30))),
      "date",
      { reading: { type: "date", date: utc(2024, 3, 15) }, display: "15/03/2024" },
    ],
    [
      "Date value in a count cell",
      v(utc(2024, 3, 15)),
      "count",
      { reading: { type: "date", date: utc(2024, 3, 15) }, display: "15/03/2024" },
    ],
    [
      "'15/03/2024' date",
      v("15/03/2024"),
      "date",
      { reading: { type: "date", date: utc(2024, 3, 15), fromText: "15/03/2024" }, display: "15/03/2024" },
    ],
    [
      "'5/3/2024' date",
      v("5/3/2024"),
      "date",
      { reading: { type: "date", date: utc(2024, 3, 5), fromText: "5/3/2024" }, display: "5/3/2024" },
    ],
    [
      "'15-03-2024' date",
      v("15-03-2024"),
      "date",
      { reading: { type: "date", date: utc(2024, 3, 15), fromText: "15-03-2024" }, display: "15-03-2024" },
    ],
    [
      "'15.03.2024' date",
      v("15.03.2024"),
      "date",
      { reading: { type: "date", date: utc(2024, 3, 15), fromText: "15.03.2024" }, display: "15.03.2024" },
    ],
    [
      "'29/02/2024' date (leap year)",
      v("29/02/2024"),
      "date",
      { reading: { type: "date", date: utc(2024, 2, 29), fromText: "29/02/2024" }, display: "29/02/2024" },
    ],
    [
      "'31/02/2024' date is text",
      v("31/02/2024"),
      "date",
      { reading: { type: "text", text: "31/02/2024" }, display: "31/02/2024" },
    ],
    [
      "'29/02/2023' date is text",
      v("29/02/2023"),
      "date",
      { reading: { type: "text", text: "29/02/2023" }, display: "29/02/2023" },
    ],
    [
      "'15/13/2024' date is text",
      v("15/13/2024"),
      "date",
      { reading: { type: "text", text: "15/13/2024" }, display: "15/13/2024" },
    ],
    [
      "'15/03-2024' mixed separators is text",
      v("15/03-2024"),
      "date",
      { reading: { type: "text", text: "15/03-2024" }, display: "15/03-2024" },
    ],

    // Errors
    [
      "error value",
      v(null, { error: "#DIV/0!" }),
      "percent",
      { reading: { type: "error", error: "#DIV/0!" }, display: "#DIV/0!" },
    ],
    ["'#DIV/0!' typed", v("#DIV/0!"), "percent", { reading: { type: "error", error: "#DIV/0!" }, display: "#DIV/0!" }],
    ["'#REF!' typed", v("#REF!"), "count", { reading: { type: "error", error: "#REF!" }, display: "#REF!" }],
    ["'#N/A' typed", v("#N/A"), "pair", { reading: { type: "error", error: "#N/A" }, display: "#N/A" }],
    [
      "'#NAME?' typed in a text cell",
      v("#NAME?"),
      "text",
      { reading: { type: "error", error: "#NAME?" }, display: "#NAME?" },
    ],
    ["non-finite number", v(Infinity), "money", { reading: { type: "error", error: "#NUM!" }, display: "#NUM!" }],

    // Formulas
    [
      "formula with its cached value",
      v(30, { formula: "SUM(D5:D7)" }),
      "count",
      { reading: { type: "number", value: 30 }, formula: "SUM(D5:D7)", display: "30" },
    ],
    [
      "formula with an error",
      v(null, { formula: "D5/D6", error: "#DIV/0!" }),
      "percent",
      { reading: { type: "error", error: "#DIV/0!" }, formula: "D5/D6", display: "#DIV/0!" },
    ],
    [
      "external link [Book2.xlsx]Sheet1!A1",
      v(5, { formula: "=[Book2.xlsx]Sheet1!A1" }),
      "count",
      { reading: { type: "number", value: 5 }, formula: "=[Book2.xlsx]Sheet1!A1", externalLink: true, display: "5" },
    ],
    [
      "external link as stored in the file ([1]Sheet1!A1)",
      v(5, { formula: "[1]Sheet1!A1+1" }),
      "count",
      { reading: { type: "number", value: 5 }, formula: "[1]Sheet1!A1+1", externalLink: true, display: "5" },
    ],
    [
      "external link with a quoted path",
      v(5, { formula: "'C:\\Bao cao\\[x.xlsx]Biểu 1'!A1" }),
      "count",
      {
        reading: { type: "number", value: 5 },
        formula: "'C:\\Bao cao\\[x.xlsx]Biểu 1'!A1",
        externalLink: true,
        display: "5",
      },
    ],
    [
      "external link over http",
      v(5, { formula: "'https://x.sharepoint.com/[b.xlsx]S'!A1" }),
      "count",
      {
        reading: { type: "number", value: 5 },
        formula: "'https://x.sharepoint.com/[b.xlsx]S'!A1",
        externalLink: true,
        display: "5",
      },
    ],
    [
      "same-workbook reference is not a link",
      v(5, { formula: "'Biểu 2'!A1" }),
      "count",
      { reading: { type: "number", value: 5 }, formula: "'Biểu 2'!A1", display: "5" },
    ],
    [
      "structured reference is not a link",
      v(5, { formula: "SUM(Bang1[Cot])+Sheet2!A1" }),
      "count",
      { reading: { type: "number", value: 5 }, formula: "SUM(Bang1[Cot])+Sheet2!A1", display: "5" },
    ],
    [
      "HYPERLINK to a web page is not a link",
      v("x", { formula: 'HYPERLINK("http://a.vn/[b]c!d","x")' }),
      "text",
      { reading: { type: "text", text: "x" }, formula: 'HYPERLINK("http://a.vn/[b]c!d","x")', display: "x" },
    ],
    [
      "formula without a cached value",
      v(null, { formula: "A1" }),
      "count",
      { reading: { type: "empty" }, formula: "A1", display: "" },
    ],

    // Booleans and text
    ["boolean true", v(true), "flag", { reading: { type: "boolean", value: true }, display: "TRUE" }],
    ["boolean false", v(false), "passFail", { reading: { type: "boolean", value: false }, display: "FALSE" }],
    ["word", v("  Không   đạt "), "passFail", { reading: { type: "text", text: "Không đạt" }, display: "Không đạt" }],
    [
      "NFD 'Đạt' becomes NFC",
      v("Đạt".normalize("NFD")),
      "passFail",
      { reading: { type: "text", text: "Đạt" }, display: "Đạt" },
    ],
    ["'x' flag code", v("x"), "flag", { reading: { type: "text", text: "x" }, display: "x" }],
    [
      "'1.234' in a text cell stays text",
      v("1.234"),
      "text",
      { reading: { type: "text", text: "1.234" }, display: "1.234" },
    ],
  ])("%s", (_name, raw, kind, expected) => {
    expect(readCell(raw, kind)).toEqual(expected);
  });

  it("returns NFC text (code points, not just equal rendering)", () => {
    const r = readCell(v("Đạt".normalize("NFD")), "passFail");
    expect(r.reading).toEqual({ type: "text", text: "\u0110\u1ea1t" });
  });

  it("never throws on values outside RawCell's type", () => {
    const bad = {
      toString() {
        throw new Error("x");
      },
    };
    expect(() => readCell({ value: bad as unknown as string }, "count")).not.toThrow();
    expect(readCell({ value: new Date(NaN) }, "date").reading.type).toBe("text");
  });
});
