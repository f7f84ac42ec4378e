import { XLSX_BUDGETS, type XlsxBudgets } from "../../src/io/xlsx/fast/budgets";
import { defaultInflate, streamInflate, type InflateRaw } from "../../src/io/xlsx/fast/inflate";
import { readXlsx } from "../../src/io/xlsx/fast/read-xlsx";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { filledTemplate } from "../helpers/workbooks";
import { zipEntries, ROOT_RELS, workbookRels, workbookXml, worksheetXml } from "../helpers/zip";
import {
  manyCells,
  oneBigPartManySheets,
  overlappingEntries,
  sharedStringBomb,
  sheetBomb,
  SIZES,
  tinySheets,
  withDoctypeSheets,
} from "./craft";

const { MB, GB } = SIZES;

/** The reader's answer for `bytes`, through openWorkbook as the CLI and the pane call it. */
async function reasonOf(bytes: Uint8Array): Promise<string> {
  const r = await openWorkbook(bytes);
  return r.ok ? "ok" : r.reason;
}

/** An inflater that records the declared size of every part it is asked to inflate, and its output. */
function recording(inner: InflateRaw = defaultInflate()) {
  const calls: { size: number; out?: number }[] = [];
  const inflate: InflateRaw = async (data, size) => {
    const call: { size: number; out?: number } = { size };
    calls.push(call);
    const out = await inner(data, size);
    call.out = out.length;
    return out;
  };
  return { inflate, calls };
}

const reasonWith = (bytes: Uint8Array, inflate: InflateRaw, limits: Partial<XlsxBudgets> = {}) =>
  readXlsx(bytes, inflate, { ...XLSX_BUDGETS, ...limits }).then(
    () => "ok",
    (e: { reason?: string }) => e.reason ?? String(e),
  );

describe("decompression bombs end before they inflate", () => {
  it("refuses a sheet that declares 3 GB without inflating it", async () => {
    const bomb = sheetBomb(3 * GB);
    expect(bomb.length).toBeLessThan(10 * MB);
    const { inflate, calls } = recording();
    expect(await reasonWith(bomb, inflate)).toBe("tooLarge");
    expect(Math.max(...calls.map((c) => c.size))).toBeLessThan(1024);
  });

  it("refuses one shared string of 3 GB without inflating it", async () => {
    const { inflate, calls } = recording();
    expect(await reasonWith(sharedStringBomb(3 * GB), inflate)).toBe("tooLarge");
    expect(Math.max(...calls.map((c) => c.size))).toBeLessThan(1024);
  });

  it("stops a size stored modulo 2^32 at the size it states (zlib and DecompressionStream)", async () => {
    const bomb = sheetBomb(4 * GB + 67 * 1024);
    for (const inner of [defaultInflate(), streamInflate]) {
      const { inflate, calls } = recording(inner);
      expect(await reasonWith(bomb, inflate)).toBe("malformed");
      const sheet = calls[calls.length - 1];
      expect(sheet.size).toBeLessThan(100 * 1024);
      expect(sheet.out).toBeUndefined();
    }
  });

  it("stops a part that declares 67 KB and inflates to 2 GB at 67 KB", async () => {
    expect(await reasonOf(sheetBomb(2 * GB, 67 * 1024))).toBe("malformed");
    const { inflate } = recording(streamInflate);
    expect(await reasonWith(sheetBomb(2 * GB, 67 * 1024), inflate)).toBe("malformed");
  });

  it("refuses 28 M cells of a small file by the bytes they take, 3 M by the cell budget", async () => {
    const bomb = manyCells(28_000_000);
    expect(bomb.length).toBeLessThan(MB);
    expect(await reasonOf(bomb)).toBe("tooLarge");
    const { inflate, calls } = recording();
    expect(await reasonWith(manyCells(3_000_000), inflate)).toBe("tooLarge");
    // Within the byte budgets: inflated, parsed, and stopped at the cell budget.
    expect(Math.max(...calls.map((c) => c.size))).toBeGreaterThan(10 * MB);
  });

  it("holds every part and the whole file to their budgets", async () => {
    const small = tinySheets(3);
    const inflate = defaultInflate();
    expect(await reasonWith(small, inflate)).toBe("ok");
    expect(await reasonWith(small, inflate, { fileBytes: small.length - 1 })).toBe("tooLarge");
    expect(await reasonWith(small, inflate, { partBytes: 200 })).toBe("tooLarge");
    expect(await reasonWith(small, inflate, { totalBytes: 1000 })).toBe("tooLarge");
    expect(await reasonWith(small, inflate, { sheets: 2 })).toBe("tooLarge");
    expect(await reasonWith(small, inflate, { cells: 5 })).toBe("tooLarge");
    expect(await reasonWith(small, inflate, { cells: 6 })).toBe("ok");
  });
});

describe("amplification: one part, many names", () => {
  it("inflates and parses a part once however many sheets name it", async () => {
    const { inflate, calls } = recording();
    const { source } = await readXlsx(oneBigPartManySheets(2000, 40 * MB), inflate);
    expect(source.sheetNames()).toHaveLength(2000);
    expect(calls.filter((c) => c.size > 40 * MB)).toHaveLength(1);
    expect(source.grid("S2000").cell(1, 1).value).toBe("Ghi chú");
  });

  it("counts a shared part's cells once per sheet that names it", async () => {
    // Three cells, named by five sheets: 15 cells of work for whoever reads every sheet.
    const bytes = oneBigPartManySheets(5, 0);
    expect(await reasonWith(bytes, defaultInflate(), { cells: 15 })).toBe("ok");
    expect(await reasonWith(bytes, defaultInflate(), { cells: 14 })).toBe("tooLarge");
  });

  it("calls 2,000 zip entries over one local header malformed, before inflating any", async () => {
    const { inflate, calls } = recording();
    expect(await reasonWith(overlappingEntries(2000), inflate)).toBe("malformed");
    expect(calls).toHaveLength(0);
  });

  it("calls two entries of one name malformed", async () => {
    const sheet = worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`);
    const bytes = zipEntries([
      { name: "_rels/.rels", data: ROOT_RELS },
      { name: "xl/workbook.xml", data: workbookXml([{ name: "S", rid: "rId1" }]) },
      { name: "xl/_rels/workbook.xml.rels", data: workbookRels([{ rid: "rId1", target: "worksheets/s.xml" }]) },
      { name: "xl/worksheets/s.xml", data: sheet },
      { name: "xl/worksheets/s.xml", data: sheet.replace("<v>1<", "<v>2<") },
    ]);
    expect(await reasonOf(bytes)).toBe("malformed");
  });

  it("reads 2,000 sheets of two cells each", async () => {
    const { source } = await readXlsx(tinySheets(2000));
    expect(source.sheetNames()).toHaveLength(2000);
    const last = source.grid("Trang 2000");
    expect([last.rowCount, last.colCount, last.cell(10000, 100).value]).toEqual([10000, 100, 1]);
  });
});

describe("what is not an element is not read as one", () => {
  it("ignores sheets written inside the DOCTYPE or in comments of workbook.xml", async () => {
    const good = await filledTemplate("kh-pl2-ii1", "Sở Nội vụ", "Năm 2020", { "2@y2019": 3 });
    const hostile = withDoctypeSheets(good);
    expect(Buffer.from(hostile).includes(Buffer.from("<!DOCTYPE workbook ["))).toBe(false); // deflated
    const plain = await readXlsx(good);
    const { source } = await readXlsx(hostile);
    expect(source.sheetNames()).toEqual(plain.source.sheetNames());
    expect(source.sheetNames().some((n) => n.startsWith("Giả"))).toBe(false);
  });
});
