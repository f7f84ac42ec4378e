import {
  MAIN,
  REL,
  repeatDeflated,
  ROOT_RELS,
  unzipParts,
  workbookRels,
  workbookXml,
  worksheetXml,
  zip,
  zipEntries,
  type ZipEntry,
} from "../helpers/zip";

/**
 * Hostile .xlsx files, made at test time in a few MB whatever they claim to hold (nothing large is committed):
 * the cases of issue 9, each as small as it can be while doing what a real attack does.
 */

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** About 1 MB (of UTF-8) of `unit` repeated. */
const megabyteOf = (unit: string) => unit.repeat(Math.ceil(MB / Buffer.byteLength(unit)));

const SHEET_HEAD = `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = "</sheetData></worksheet>";

/** The parts every package needs, around the given worksheets (name, relationship id, part). */
function packageEntries(sheets: readonly { name: string; rid: string; target: string }[], prolog = ""): ZipEntry[] {
  return [
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: workbookXml(sheets, prolog) },
    { name: "xl/_rels/workbook.xml.rels", data: workbookRels(sheets) },
  ];
}

const oneSheet = [{ name: "Báo cáo", rid: "rId1", target: "worksheets/sheet1.xml" }];

/**
 * A package whose one worksheet inflates to about `bytes` bytes of rows, its size declared as `declared`
 * (by default the truth, stored modulo 2^32 as zip does without zip64).
 */
export function sheetBomb(bytes: number, declared?: number): Uint8Array {
  const chunk = megabyteOf(`<row><c><v>1</v></c></row>`);
  const sheet = repeatDeflated(SHEET_HEAD, chunk, Math.round(bytes / chunk.length), SHEET_TAIL);
  return zipEntries([
    ...packageEntries(oneSheet),
    { name: "xl/worksheets/sheet1.xml", data: sheet, declaredSize: declared },
  ]);
}

/** A package with one shared string of about `bytes` characters. */
export function sharedStringBomb(bytes: number): Uint8Array {
  const strings = repeatDeflated(
    `<sst xmlns="${MAIN}"><si><t>`,
    megabyteOf("a"),
    Math.round(bytes / MB),
    "</t></si></sst>",
  );
  return zipEntries([
    ...packageEntries(oneSheet),
    { name: "xl/sharedStrings.xml", data: strings },
    { name: "xl/worksheets/sheet1.xml", data: worksheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) },
  ]);
}

/** A package whose one worksheet holds `cells` empty cells, a hundred to a row: about 4 bytes each. */
export function manyCells(cells: number): Uint8Array {
  const row = `<row>${"<c/>".repeat(100)}</row>`;
  const chunk = megabyteOf(row);
  const sheet = repeatDeflated(SHEET_HEAD, chunk, Math.ceil(cells / ((chunk.length / row.length) * 100)), SHEET_TAIL);
  return zipEntries([...packageEntries(oneSheet), { name: "xl/worksheets/sheet1.xml", data: sheet }]);
}

/**
 * A workbook just inside the reader's budgets, made to cost the most memory and time: worksheets of the given
 * sizes (MB) full of long Vietnamese text, inline (so that the strings are slices of the part's text).
 */
export function textAtBudgets(megabytes: readonly number[]): Uint8Array {
  const cell = `<c t="inlineStr"><is><t>Số lượng văn bản quy phạm pháp luật được ban hành trong kỳ báo cáo</t></is></c>`;
  const chunk = megabyteOf(`<row>${cell.repeat(10)}</row>`);
  const sheets = megabytes.map((_, i) => ({
    name: `Bảng ${i + 1}`,
    rid: `rId${i + 1}`,
    target: `worksheets/s${i + 1}.xml`,
  }));
  return zipEntries([
    ...packageEntries(sheets),
    ...sheets.map((s, i) => ({
      name: `xl/${s.target}`,
      data: repeatDeflated(SHEET_HEAD, chunk, megabytes[i], SHEET_TAIL),
    })),
  ]);
}

/** `sheets` sheets of the workbook that all name one worksheet part of `padding` bytes (and three cells). */
export function oneBigPartManySheets(sheets: number, padding: number): Uint8Array {
  const names = Array.from({ length: sheets }, (_, i) => ({ name: `S${i + 1}`, rid: "rId1" }));
  const cells = `<row r="1"><c r="A1" t="inlineStr"><is><t>Ghi chú</t></is></c><c r="B1"><v>1</v></c><c r="C1"><v>2</v></c></row>`;
  const part = repeatDeflated(SHEET_HEAD + cells, megabyteOf(" "), Math.round(padding / MB), SHEET_TAIL);
  return zipEntries([
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: workbookXml(names) },
    { name: "xl/_rels/workbook.xml.rels", data: workbookRels([{ rid: "rId1", target: "worksheets/sheet1.xml" }]) },
    { name: "xl/worksheets/sheet1.xml", data: part },
  ]);
}

/** `entries` worksheets whose zip entries all point at one local header (one 40 MB part by default). */
export function overlappingEntries(entries: number, padding = 40 * MB): Uint8Array {
  const sheets = Array.from({ length: entries }, (_, i) => ({
    name: `S${i + 1}`,
    rid: `rId${i + 1}`,
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  const part = repeatDeflated(SHEET_HEAD, megabyteOf(" "), Math.round(padding / MB), SHEET_TAIL);
  return zipEntries([
    ...packageEntries(sheets),
    ...sheets.map((s, i) => ({
      name: `xl/${s.target}`,
      data: part,
      sameBytesAs: i === 0 ? undefined : "xl/worksheets/sheet1.xml",
    })),
  ]);
}

/** `count` sheets of two cells each, at A1 and CV10000: the corners of the window recognition once copied. */
export function tinySheets(count: number): Uint8Array {
  const sheets = Array.from({ length: count }, (_, i) => ({
    name: `Trang ${i + 1}`,
    rid: `rId${i + 1}`,
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  const xml = worksheetXml(
    `<row r="1"><c r="A1" t="inlineStr"><is><t>Ghi chú</t></is></c></row><row r="10000"><c r="CV10000"><v>1</v></c></row>`,
  );
  return zipEntries([...packageEntries(sheets), ...sheets.map((s) => ({ name: `xl/${s.target}`, data: xml }))]);
}

/** A sound workbook with some of its (text) parts rewritten: what no writer of ours would produce. */
function edited(good: Uint8Array, edit: (parts: Record<string, string>) => void): Uint8Array {
  const parts = unzipParts(good);
  const texts: Record<string, string> = {};
  for (const name of Object.keys(parts)) texts[name] = Buffer.from(parts[name]).toString("utf8");
  edit(texts);
  return zip(texts);
}

/**
 * A sound workbook whose workbook.xml also names a sheet inside its DOCTYPE (in an entity and in a comment of
 * the internal subset) and inside a comment among the real sheets: each points at a part that does not exist,
 * so a reader that took any of them for a sheet would call the file damaged.
 */
export function withDoctypeSheets(good: Uint8Array): Uint8Array {
  const fake = (name: string) => `<sheet name="${name}" sheetId="99" r:id="rIdGia"/>`;
  const doctype = `<!DOCTYPE workbook [ <!ENTITY gia '${fake("Giả 1")}'> <!-- ${fake("Giả 2")} --> ]>`;
  return edited(good, (parts) => {
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]
      .replace(/(<\?xml[^>]*\?>)/, `$1${doctype}`)
      .replace("<sheets>", `<sheets><!-- ${fake("Giả 3")} -->`);
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
      "</Relationships>",
      `<Relationship Id="rIdGia" Type="${REL}/worksheet" Target="worksheets/khong-co.xml"/></Relationships>`,
    );
  });
}

/**
 * A sound workbook with `from` replaced by `to` in its shared strings: text no writer of ours would put there,
 * such as Excel's _x001B_ escape of ESC (XML itself cannot hold it, and ExcelJS drops it on saving).
 */
export function withSharedText(good: Uint8Array, from: string, to: string): Uint8Array {
  return edited(good, (parts) => {
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].split(from).join(to);
  });
}

export const SIZES = { MB, GB };
