import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { cellFilled, type GridSource, type RawCell } from "../../src/domain/grid";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { defaultInflate, streamInflate, type InflateRaw } from "../../src/io/xlsx/fast/inflate";
import { readXlsx } from "../../src/io/xlsx/fast/read-xlsx";
import { isDateFormat } from "../../src/io/xlsx/fast/styles";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { rawCell } from "../../src/io/xlsx/read-workbook";
import { filledTemplate, saveWorkbook } from "../helpers/workbooks";
import { MAIN, PKG_REL, REL, xlsx, zip } from "../helpers/zip";

const FIXTURES = path.join(__dirname, "..", "fixtures", "libreoffice");

/** A cell in a fixed form for comparing and showing: a Date is told apart from its ISO text. */
const show = (c: RawCell): string =>
  JSON.stringify([c.value instanceof Date ? { date: c.value.getTime() } : c.value, c.error, c.formula, c.numFmt]);

/**
 * Every difference between our reading of `bytes` and ExcelJS's own reading of the same bytes, over the union
 * of both used ranges. ExcelJS shows a merged range's first value in every cell of the range; we, like Excel
 * and Office.js, keep it in the first cell only, so ExcelJS's merge slaves are expected empty.
 */
async function differences(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const { source, modified } = await readXlsx(bytes);
  const out: string[] = [];
  if (modified?.getTime() !== wb.modified?.getTime()) out.push(`modified ${modified} vs ${wb.modified}`);
  const theirs = wb.worksheets.map((w) => w.name);
  if (JSON.stringify(source.sheetNames()) !== JSON.stringify(theirs))
    out.push(`sheets ${source.sheetNames().join(",")} vs ${theirs.join(",")}`);
  for (const ws of wb.worksheets) {
    const grid = source.grid(ws.name);
    if (grid.hidden !== (ws.state !== "visible")) out.push(`${ws.name}: hidden ${grid.hidden} vs ${ws.state}`);
    if (grid.rowCount !== ws.rowCount || grid.colCount !== ws.columnCount)
      out.push(`${ws.name}: ${grid.rowCount}x${grid.colCount} vs ${ws.rowCount}x${ws.columnCount}`);
    const rows = Math.max(grid.rowCount, ws.rowCount);
    const cols = Math.max(grid.colCount, ws.columnCount);
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= cols; c++) {
        const cell = ws.getCell(r, c);
        const slave = cell.isMerged && cell.master !== cell;
        const expected = slave ? { value: null, numFmt: cell.numFmt || undefined } : rawCell(cell);
        const actual = grid.cell(r, c);
        // ExcelJS turns a date-formatted cell's error result into an Invalid Date; we keep the error.
        if (expected.value instanceof Date && Number.isNaN(expected.value.getTime()) && actual.error) {
          expected.value = null;
          expected.error = actual.error;
        }
        if (show(actual) !== show(expected))
          out.push(`${ws.name}!${cell.address}: ${show(actual)} vs ${show(expected)}`);
        // What recognition asks of every cell, told without decoding it, is what the decoded cell says.
        if (grid.filled?.(r, c) !== cellFilled(actual))
          out.push(`${ws.name}!${cell.address}: filled ${grid.filled?.(r, c)} for ${show(actual)}`);
      }
  }
  return out;
}

/** Values of every kind a unit may type, cycled over a template's input cells. */
const SAMPLES: ExcelJS.CellValue[] = [
  12,
  0.95,
  "Có & <không> \"trích\" 'dẫn'",
  1234567.5,
  true,
  { formula: "SUM(1,2)", result: 3 },
  { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellValue,
  { formula: "[1]Sheet1!A1", result: 7 },
  { formula: 'CONCAT("a","b")', result: "ab" },
  { richText: [{ text: "Đạt " }, { font: { bold: true }, text: "một phần" }] },
  { error: "#N/A" } as ExcelJS.CellErrorValue,
  new Date(Date.UTC(2021, 5, 30)),
  "149/149",
  "  có khoảng trắng  ",
  -3,
];

describe("the fast reader reads what ExcelJS reads", () => {
  it.each(catalog().templates.map((e) => [e.template.id]))("template %s, filled", async (id) => {
    const template = catalog().get(id)!.template;
    const layout = buildLayout(template, { unit: "UBND xã Cam Hải Đông", period: "Năm 2021" });
    const bytes = await filledTemplate(id, "UBND xã Cam Hải Đông", "Năm 2021", {}, (ws) =>
      layout.inputs.forEach((input, k) => (ws.getCell(input.row, input.col).value = SAMPLES[k % SAMPLES.length])),
    );
    expect(await differences(bytes)).toEqual([]);
  });

  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")))("LibreOffice fixture %s", async (file) => {
    expect(await differences(new Uint8Array(readFileSync(path.join(FIXTURES, file))))).toEqual([]);
  });
});

describe("the fast reader, cell by cell", () => {
  let source: GridSource;
  let modified: Date | undefined;
  const when = new Date(Date.UTC(2024, 2, 15, 8, 30, 0));
  const nfd = "Ủy ban nhân dân".normalize("NFD");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.modified = when;
    const ws = wb.addWorksheet("Số liệu");
    ws.getCell("A1").value = { formula: "SUM(B1:B2)", result: 42 };
    ws.getCell("A2").value = { formula: "[1]Sheet1!A1", result: 5 };
    ws.getCell("A3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellValue;
    ws.getCell("A4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("A5").value = true;
    ws.getCell("A6").value = false;
    ws.getCell("A7").value = 44377;
    ws.getCell("A7").numFmt = "dd/mm/yyyy";
    ws.getCell("A8").value = 0.95;
    ws.getCell("A8").numFmt = "0%";
    ws.getCell("A9").value = { richText: [{ text: "Đạt " }, { font: { italic: true }, text: "một phần" }] };
    ws.getCell("A10").value = `a < b & c > "d" 'e'`;
    ws.getCell("A11").value = nfd;
    ws.getCell("A12").value = 1234.5;
    ws.getCell("A12").numFmt = "#,##0.00";
    ws.getCell("C14").value = "cuối";
    wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = 1;
    wb.addWorksheet("_cchc", { state: "veryHidden" }).getCell("A1").value = "chỉ mục";
    ({ source, modified } = await readXlsx(await saveWorkbook(wb)));
  });

  const cell = (ref: string): RawCell => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return source.grid("Số liệu").cell(Number(m[2]), m[1].charCodeAt(0) - 64);
  };

  it("lists every sheet in order, with its visibility, and the modified time", () => {
    expect(source.sheetNames()).toEqual(["Số liệu", "Ẩn", "_cchc"]);
    expect(source.sheetNames().map((n) => source.grid(n).hidden)).toEqual([false, true, true]);
    expect(modified).toEqual(when);
    expect(() => source.grid("không có")).toThrow();
  });

  it("gives formulas with their cached values, errors, booleans and dates", () => {
    expect(cell("A1")).toEqual({ value: 42, formula: "SUM(B1:B2)" });
    expect(cell("A2")).toEqual({ value: 5, formula: "[1]Sheet1!A1" });
    expect(cell("A3")).toEqual({ value: null, error: "#DIV/0!", formula: "1/0" });
    expect(cell("A4")).toEqual({ value: null, error: "#DIV/0!" });
    expect(cell("A5")).toEqual({ value: true });
    expect(cell("A6")).toEqual({ value: false });
    expect(cell("A7")).toEqual({ value: new Date(Date.UTC(2021, 5, 30)), numFmt: "dd/mm/yyyy" });
    expect(cell("A8")).toEqual({ value: 0.95, numFmt: "0%" });
    expect(cell("A12")).toEqual({ value: 1234.5, numFmt: "#,##0.00" });
  });

  it("joins rich text, decodes entities and keeps text as written (NFD stays NFD)", () => {
    expect(cell("A9").value).toBe("Đạt một phần");
    expect(cell("A10").value).toBe(`a < b & c > "d" 'e'`);
    expect(cell("A11").value).toBe(nfd);
    expect(cell("A11").value).not.toBe(nfd.normalize("NFC"));
  });

  it("counts up to the last row and column holding a cell; beyond them cells are empty", () => {
    const grid = source.grid("Số liệu");
    expect([grid.rowCount, grid.colCount]).toEqual([14, 3]);
    expect(grid.cell(14, 3).value).toBe("cuối");
    expect(grid.cell(100, 100)).toEqual({ value: null });
    expect(grid.cell(13, 1)).toEqual({ value: null });
  });
});

// --- Hand-written packages: what other writers produce and ExcelJS never writes. ---

const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; đồng&quot;"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"><alignment wrapText="1"/></xf><xf numFmtId="9"/><xf numFmtId="46"/><xf numFmtId="14"/></cellXfs></styleSheet>`;

async function sheetOf(bytes: Uint8Array): Promise<(row: number, col: number) => RawCell> {
  const { source } = await readXlsx(bytes);
  const grid = source.grid("S");
  return (row, col) => grid.cell(row, col);
}

describe("the fast reader on packages other writers produce", () => {
  it("reads inline strings, str results, ISO dates and cells or rows without a reference", async () => {
    const cell = await sheetOf(
      xlsx(
        `<row r="2"><c r="B2" t="inlineStr"><is><t>inline &amp; plain</t></is></c>` +
          `<c t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>inline</t></r></is></c>` +
          `<c t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c t="d"><v>2024-03-15T00:00:00</v></c></row>` +
          `<row><c><v>7</v></c><c r="C3" t="inlineStr"><is><t/></is></c></row>`,
      ),
    );
    expect(cell(2, 2)).toEqual({ value: "inline & plain" });
    expect(cell(2, 3)).toEqual({ value: "rich inline" });
    expect(cell(2, 4)).toEqual({ value: "ab", formula: '"a"&"b"' });
    expect(cell(2, 5)).toEqual({ value: new Date(Date.UTC(2024, 2, 15)) });
    expect(cell(3, 1)).toEqual({ value: 7 });
    expect(cell(3, 3)).toEqual({ value: null });
  });

  it("tells blank cells from filled ones without decoding them, as the decoded cells say", async () => {
    const texts = [" ", "&#160;", "&#xA0;x", "_x0020_", "_x0041_", "&amp;", "  a", "\u00a0", "đ", "\t\n", ""];
    const sst = `<sst xmlns="${MAIN}">${texts.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join("")}<si><r><t> </t></r><rPh><t>ソ</t></rPh></si></sst>`;
    const inline = texts.map((t, i) => `<c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>`);
    const shared = texts.map((_, i) => `<c r="B${i + 1}" t="s"><v>${i}</v></c>`);
    const other = [
      `<c r="C1"><v> </v></c>`,
      `<c r="C2"><v> 5</v></c>`,
      `<c r="C3" t="str"><v>&#32;</v></c>`,
      `<c r="C4" t="b"><v>0</v></c>`,
      `<c r="C5" t="e"><v>#N/A</v></c>`,
      `<c r="C6" t="d"><v> </v></c>`,
      `<c r="C7"><f>A1</f></c>`,
      `<c r="C8" t="s"><v>${texts.length}</v></c>`,
      `<c r="C9" t="s"><v>999</v></c>`,
      `<c r="C10" t="inlineStr"><is>text outside t</is></c>`,
    ];
    const rows = texts.map((_, i) => `<row r="${i + 1}">${inline[i]}${shared[i]}${other[i] ?? ""}</row>`).join("");
    const { source } = await readXlsx(xlsx(rows, { "xl/sharedStrings.xml": sst }));
    const grid = source.grid("S");
    const seen: string[] = [];
    for (let r = 1; r <= grid.rowCount; r++)
      for (let c = 1; c <= grid.colCount; c++) {
        const cell = grid.cell(r, c);
        seen.push(`${r}:${c} ${grid.filled!(r, c) === cellFilled(cell) ? "" : `differs for ${show(cell)}`}`);
      }
    expect(seen.filter((s) => s.includes("differs"))).toEqual([]);
    expect([
      grid.filled!(1, 1),
      grid.filled!(2, 1),
      grid.filled!(3, 1),
      grid.filled!(5, 1),
      grid.filled!(7, 1),
    ]).toEqual([false, false, true, true, true]);
    expect([grid.filled!(8, 3), grid.filled!(9, 3), grid.filled!(10, 3), grid.filled!(4, 3)]).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it("gives a shared formula's followers the master's text", async () => {
    const cell = await sheetOf(
      xlsx(
        `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">'[2]Báo cáo'!B1*2</f><v>2</v></c></row>` +
          `<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>` +
          `<row r="3"><c r="A3" t="e"><f t="shared" si="0"/><v>#REF!</v></c></row>`,
      ),
    );
    expect(cell(1, 1)).toEqual({ value: 2, formula: "'[2]Báo cáo'!B1*2" });
    expect(cell(2, 1)).toEqual({ value: 4, formula: "'[2]Báo cáo'!B1*2" });
    expect(cell(3, 1)).toEqual({ value: null, error: "#REF!", formula: "'[2]Báo cáo'!B1*2" });
  });

  it("reads shared strings: rich runs joined, phonetic runs left out, entities and escapes decoded", async () => {
    const sst =
      `<sst xmlns="${MAIN}"><si><t xml:space="preserve"> cách  </t></si>` +
      `<si><r><t>Sở </t></r><r><rPr><i/></rPr><t>Nội vụ</t></r><rPh sb="0" eb="1"><t>ソ</t></rPh></si>` +
      `<si><t>&#272;&#x1EA1;t &lt;1&gt; &quot;x&quot; &apos;y&apos; a_x000D_b</t></si><si/><si><t>dòng 1\r\ndòng 2</t></si></sst>`;
    const cell = await sheetOf(
      xlsx(
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
          `<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>99</v></c></row>`,
        { "xl/sharedStrings.xml": sst },
      ),
    );
    expect(cell(1, 1).value).toBe(" cách  ");
    expect(cell(1, 2).value).toBe("Sở Nội vụ");
    expect(cell(1, 3).value).toBe(`Đạt <1> "x" 'y' a\rb`);
    expect(cell(1, 4).value).toBe("");
    expect(cell(1, 5).value).toBe("dòng 1\ndòng 2");
    expect(cell(1, 6).value).toBeNull();
  });

  it("applies built-in and custom number formats; dates in the 1900 and 1904 systems; durations stay numbers", async () => {
    const data =
      `<row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="2"><v>1500000</v></c><c r="C1" s="3"><v>0.95</v></c>` +
      `<c r="D1" s="4"><v>1.5</v></c><c r="E1" s="5"><v>45366.5</v></c><c r="F1" s="2"/><c r="G1" s="0"><v>3</v></c></row>`;
    const cell = await sheetOf(xlsx(data, { "xl/styles.xml": STYLES }));
    expect(cell(1, 1)).toEqual({ value: new Date(Date.UTC(2024, 2, 15)), numFmt: "dd/mm/yyyy" });
    expect(cell(1, 2)).toEqual({ value: 1500000, numFmt: '#,##0" đồng"' });
    expect(cell(1, 3)).toEqual({ value: 0.95, numFmt: "0%" });
    expect(cell(1, 4)).toEqual({ value: 1.5, numFmt: "[h]:mm:ss" });
    expect(cell(1, 5)).toEqual({ value: new Date(Date.UTC(2024, 2, 15, 12)), numFmt: "mm-dd-yy" });
    expect(cell(1, 6)).toEqual({ value: null, numFmt: '#,##0" đồng"' });
    expect(cell(1, 7)).toEqual({ value: 3 });
    const in1904 = await sheetOf(xlsx(data, { "xl/styles.xml": STYLES }, `<workbookPr date1904="1"/>`));
    expect(in1904(1, 1).value).toEqual(new Date(Date.UTC(2028, 2, 16)));
  });

  it("tells date formats from number formats", () => {
    for (const code of ["dd/mm/yyyy", "m/d/yy", "h:mm AM/PM", "[$-42A]d mmmm yyyy", "DD-MM-YYYY", "[h]:mm dd"])
      expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of [
      undefined,
      "General",
      "0%",
      "#,##0",
      '0.0 "ngày"',
      "0\\h",
      "[h]:mm:ss",
      "[mm]:ss",
      "0.00E+00",
      "@",
    ])
      expect([code, isDateFormat(code)]).toEqual([code, false]);
  });

  it("reads parts whose elements carry a namespace prefix, and stored (uncompressed) entries", async () => {
    const x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const bytes = zip(
      {
        "xl/workbook.xml": `<x:workbook xmlns:x="${x}" xmlns:r="${REL}"><x:sheets><x:sheet name="A &amp; B" state="veryHidden" r:id="R1"/></x:sheets></x:workbook>`,
        "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="R1" Type="${REL}/worksheet" Target="worksheets/../worksheets/s.xml"/></Relationships>`,
        "xl/worksheets/s.xml": `<x:worksheet xmlns:x="${x}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>có</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      },
      true,
    );
    const { source, modified } = await readXlsx(bytes);
    expect(source.sheetNames()).toEqual(["A & B"]);
    const grid = source.grid("A & B");
    expect(grid.hidden).toBe(true);
    expect([grid.cell(1, 1).value, grid.cell(1, 2).value]).toEqual(["có", 2]);
    expect(modified).toBeUndefined();
  });

  it("never throws from a damaged worksheet: the cells before the damage are read", async () => {
    const { source } = await readXlsx(xlsx(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v`));
    const grid = source.grid("S");
    expect(grid.cell(1, 1).value).toBe(1);
    expect(grid.rowCount).toBe(1);
    const outside = await sheetOf(
      xlsx(`<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZ1"><v>2</v></c></row><row r="2000000"><c><v>3</v></c></row>`),
    );
    expect(outside(1, 1).value).toBe(1);
    const { source: far } = await readXlsx(xlsx(`<row r="1"><c r="XFE1"><v>2</v></c></row><row r="9999999"/>`));
    expect([far.grid("S").rowCount, far.grid("S").colCount]).toEqual([0, 0]);
  });
});

describe("inflating in the browser and in Node", () => {
  it("reads the same with DecompressionStream as with zlib, and through any injected inflate", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, "lo-1.xlsx")));
    const dump = async (inflate?: InflateRaw) => {
      const { source, modified } = await readXlsx(bytes, inflate);
      return [modified, ...source.sheetNames().map((n) => gridRows(source, n))];
    };
    expect(defaultInflate()).not.toBe(streamInflate); // Node: zlib, through process.getBuiltinModule
    const viaZlib = await dump();
    expect(await dump(streamInflate)).toEqual(viaZlib);
    let calls = 0;
    const counting: InflateRaw = (data, size) => {
      calls++;
      return Promise.resolve(defaultInflate()(data, size));
    };
    expect(await dump(counting)).toEqual(viaZlib);
    expect(calls).toBeGreaterThan(0);
  });

  it("rejects damaged deflate data through DecompressionStream too", async () => {
    const bytes = xlsx(`<row r="1"><c r="A1"><v>1</v></c></row>`);
    await expect(
      readXlsx(bytes, (_data, size) => streamInflate(new Uint8Array([0xff, 0xff, 0xff]), size)),
    ).rejects.toThrow();
  });
});

function gridRows(source: GridSource, name: string): string[] {
  const grid = source.grid(name);
  const rows: string[] = [name, String(grid.hidden)];
  for (let r = 1; r <= grid.rowCount; r++)
    rows.push(Array.from({ length: grid.colCount }, (_, c) => show(grid.cell(r, c + 1))).join("|"));
  return rows;
}

describe("openWorkbook on damaged and foreign zips", () => {
  let good: Uint8Array;
  beforeAll(() => {
    good = new Uint8Array(readFileSync(path.join(FIXTURES, "lo-1.xlsx")));
  });

  /** Offset and size of the central directory, from the end-of-central-directory record. */
  const centralDirectory = (b: Uint8Array) => {
    const view = Buffer.from(b);
    const eocd = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    return { eocd, offset: view.readUInt32LE(eocd + 16), size: view.readUInt32LE(eocd + 12) };
  };

  const reasonOf = async (bytes: Uint8Array) => {
    const r = await openWorkbook(bytes);
    return r.ok ? "ok" : r.reason;
  };

  it("opens a sound workbook", async () => {
    const r = await openWorkbook(good);
    expect(r.ok && r.source.sheetNames()).toEqual(["PL2-II.1", "_cchc"]);
  });

  it("calls a truncated file corrupt", async () => {
    expect(await reasonOf(good.subarray(0, Math.floor(good.length / 2)))).toBe("corrupt");
    expect(await reasonOf(good.subarray(0, good.length - 10))).toBe("corrupt");
  });

  it("calls an unsupported compression method corrupt", async () => {
    const b = new Uint8Array(good);
    const { offset, size } = centralDirectory(b);
    for (let p = offset; p < offset + size;) {
      const view = Buffer.from(b.buffer, b.byteOffset);
      view.writeUInt16LE(12, p + 10); // bzip2
      p += 46 + view.readUInt16LE(p + 28) + view.readUInt16LE(p + 30) + view.readUInt16LE(p + 32);
    }
    expect(await reasonOf(b)).toBe("corrupt");
  });

  it("calls a garbage central directory, damaged deflate data and zip64 corrupt", async () => {
    const { offset, size, eocd } = centralDirectory(good);
    const garbage = new Uint8Array(good);
    garbage.fill(0x41, offset, offset + size);
    expect(await reasonOf(garbage)).toBe("corrupt");
    const damaged = new Uint8Array(good);
    damaged.fill(0xff, 200, 600);
    expect(await reasonOf(damaged)).toBe("corrupt");
    const zip64 = new Uint8Array(good);
    Buffer.from(zip64.buffer).writeUInt32LE(0xffffffff, eocd + 16);
    expect(await reasonOf(zip64)).toBe("corrupt");
  });

  it("calls a zip without a workbook (a .docx, a plain archive) notXlsx", async () => {
    const docx = zip({
      "_rels/.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
    });
    expect(await reasonOf(docx)).toBe("notXlsx");
    expect(await reasonOf(zip({ "notes.txt": "hello" }))).toBe("notXlsx");
  });
});
