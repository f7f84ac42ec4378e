import type { Grid, GridSource } from "../../../domain/grid";
import { ReadBudget, XLSX_BUDGETS, type XlsxBudgets } from "./budgets";
import { corrupt, tooLarge, XlsxReadError } from "./errors";
import { defaultInflate, type InflateRaw } from "./inflate";
import { NO_STYLES, parseStyles } from "./styles";
import { NO_STRINGS, SharedStrings } from "./shared-strings";
import { parseWorksheet, type SheetCells, type SheetContext } from "./worksheet";
import { decode, decodePart, elementsOnly, isElement, localName, prefixOf, rootName, TagReader } from "./xml";
import { ZipArchive } from "./zip";

export type { InflateRaw } from "./inflate";
export { XlsxReadError } from "./errors";
export { XLSX_BUDGETS } from "./budgets";

export interface XlsxContents {
  source: GridSource;
  /** The workbook's last-saved time (docProps/core.xml dcterms:modified), when it has a valid one. */
  modified?: Date;
}

interface Relationship {
  type: string;
  target: string;
}

const OFFICE_DOCUMENT = "/officeDocument";

/**
 * Reads an .xlsx for the domain: every worksheet's cell values (cached values of formulas), formula text, error
 * values and number formats, sheet names and visibility, and the modified time. Every part is read now, within
 * the budgets (./budgets: bytes of the file, of each part and of all parts, sheets, cells), so that damage is
 * reported here ("corrupt", "malformed") and so is a file too large to read ("tooLarge"); a cell's text is
 * decoded when the cell is first asked for (./worksheet, ./shared-strings). A part that several sheets name is
 * inflated and parsed once. A sound zip without a workbook throws XlsxReadError "notXlsx".
 */
export async function readXlsx(
  bytes: Uint8Array,
  inflate: InflateRaw = defaultInflate(),
  limits: XlsxBudgets = XLSX_BUDGETS,
): Promise<XlsxContents> {
  const budget = new ReadBudget(limits);
  budget.file(bytes.length);
  const zip = new ZipArchive(bytes, inflate);
  const text = async (name: string | undefined): Promise<string | undefined> =>
    name === undefined ? undefined : decodePart(await zip.read(name, budget));

  const rootRels = await text(zip.find("_rels/.rels"));
  const roots = rootRels === undefined ? [] : parseRels(rootRels, "");
  const workbookPath = zip.find(roots.find((r) => r.type.endsWith(OFFICE_DOCUMENT))?.target ?? "xl/workbook.xml");
  const workbookXml = await text(workbookPath);
  if (workbookPath === undefined || workbookXml === undefined || localName(rootName(workbookXml)) !== "workbook")
    throw new XlsxReadError("notXlsx", "zip without a workbook part");

  const dir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const relsXml = await text(zip.find(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`));
  const rels = new Map<string, Relationship>();
  if (relsXml !== undefined) for (const r of parseRels(relsXml, dir)) rels.set(r.id, r);
  const partOf = (type: string, fallback: string): string | undefined =>
    zip.find([...rels.values()].find((r) => r.type.endsWith(type))?.target ?? dir + fallback);

  const book = parseWorkbook(workbookXml);
  budget.sheets(book.sheets.length);
  const corePath = zip.find(roots.find((r) => r.type.endsWith("/core-properties"))?.target ?? "docProps/core.xml");
  const stringsXml = await text(partOf("/sharedStrings", "sharedStrings.xml"));
  const stylesXml = await text(partOf("/styles", "styles.xml"));
  const coreXml = await text(corePath);
  const ctx: SheetContext = {
    strings: stringsXml === undefined ? NO_STRINGS : new SharedStrings(stringsXml),
    styles: stylesXml === undefined ? NO_STYLES : parseStyles(stylesXml),
    date1904: book.date1904,
  };

  // One part at a time, so that only one sheet's XML is held while its cells are parsed.
  const parsed = new Map<string, SheetCells>();
  const grids = new Map<string, Grid>();
  const names: string[] = [];
  // Chart sheets and macro sheets hold no cells: only worksheets are listed.
  for (const s of book.sheets.filter((s) => isWorksheet(rels.get(s.rid)))) {
    const target = rels.get(s.rid)!.target;
    const path = zip.find(target);
    if (path === undefined) throw corrupt(`sheet ${s.name}: part ${target} is missing`);
    let cells = parsed.get(path);
    if (!cells) {
      cells = parseWorksheet((await text(path))!, ctx, budget.cellsLeft);
      if (cells.overBudget) throw tooLarge(`${path}: more than ${limits.cells} cells in the workbook`);
      parsed.set(path, cells);
    }
    budget.cells(path, cells.cells);
    names.push(s.name);
    if (!grids.has(s.name)) grids.set(s.name, gridOf(s.name, s.hidden, cells));
  }
  const source: GridSource = {
    sheetNames: () => [...names],
    grid: (name) => {
      const grid = grids.get(name);
      if (!grid) throw new Error(`no sheet ${name}`);
      return grid;
    },
  };
  return { source, modified: coreXml === undefined ? undefined : modifiedOf(coreXml) };
}

function gridOf(sheetName: string, hidden: boolean, cells: SheetCells): Grid {
  const { rowCount, colCount } = cells;
  return {
    sheetName,
    hidden,
    rowCount,
    colCount,
    cell: (row, col) => cells.cell(row, col),
    filled: (row, col) => cells.filled(row, col),
  };
}

function isWorksheet(rel: Relationship | undefined): boolean {
  if (!rel) return false;
  return rel.type ? rel.type.endsWith("/worksheet") : /worksheets\/[^/]+$/i.test(rel.target);
}

/** Each element named `name` (with the part's prefix) in `xml`: its reader positioned on its attributes. */
function* elements(xml: string, name: string, tag: TagReader, from = 0, to = xml.length): Generator<TagReader> {
  for (let lt = xml.indexOf(`<${name}`, from); lt >= 0 && lt < to; lt = xml.indexOf(`<${name}`, lt + 1)) {
    if (!isElement(xml, lt, name)) continue;
    if (!tag.read(xml, lt + 1 + name.length)) throw corrupt(`damaged <${name}>`);
    yield tag;
  }
}

/** A relationships part: targets resolved to part names (relative to `dir`, or absolute from the root). */
function parseRels(part: string, dir: string): (Relationship & { id: string })[] {
  const xml = elementsOnly(part);
  const p = prefixOf(rootName(xml));
  const out: (Relationship & { id: string })[] = [];
  for (const tag of elements(xml, `${p}Relationship`, new TagReader())) {
    if (tag.get("TargetMode") === "External") continue;
    const id = tag.get("Id");
    const target = tag.get("Target");
    if (id === undefined || target === undefined) continue;
    out.push({ id: decode(id), type: decode(tag.get("Type") ?? ""), target: resolvePart(dir, decode(target)) });
  }
  return out;
}

/** "worksheets/sheet1.xml" from "xl/" -> "xl/worksheets/sheet1.xml"; "/xl/x.xml" -> "xl/x.xml"; ".." folded. */
function resolvePart(dir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  const segments = (t.startsWith("/") ? t.slice(1) : dir + t).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

/** xl/workbook.xml: the sheets in tab order with their visibility, and the date system. */
function parseWorkbook(part: string): {
  sheets: { name: string; hidden: boolean; rid: string }[];
  date1904: boolean;
} {
  const xml = elementsOnly(part);
  const p = prefixOf(rootName(xml));
  const tag = new TagReader();
  let date1904 = false;
  for (const pr of elements(xml, `${p}workbookPr`, tag)) date1904 = /^(1|true)$/i.test(pr.get("date1904") ?? "");
  const sheets: { name: string; hidden: boolean; rid: string }[] = [];
  for (const s of elements(xml, `${p}sheet`, tag)) {
    const name = s.get("name");
    const rid = s.getLocal("id");
    if (name === undefined || rid === undefined) throw corrupt("workbook: <sheet> without name or r:id");
    const state = s.get("state");
    sheets.push({ name: decode(name), hidden: state === "hidden" || state === "veryHidden", rid: decode(rid) });
  }
  return { sheets, date1904 };
}

/** docProps/core.xml's dcterms:modified, whatever prefix the part gives the dcterms namespace. */
function modifiedOf(xml: string): Date | undefined {
  const m = /<(?:[\w.-]+:)?modified\b[^>]*>([^<]*)</.exec(xml);
  if (!m) return undefined;
  const d = new Date(decode(m[1]).trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}
