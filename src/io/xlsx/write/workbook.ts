import { rangeAddress } from "../../../domain/address";
import { fitCellValue } from "../../../domain/layout/cell-text";
import { INDEX_SHEET } from "../../../domain/layout/identity";
import type { SheetLayout } from "../../../domain/layout/model";
import { freeSheetName } from "../../port";
import { defaultDeflate, type DeflateRaw } from "./deflate";
import { writePlainSheet, writeSheet, type Sink, type StringTable } from "./sheet-part";
import { StyleTable } from "./styles-part";
import { xmlAttr, xmlEscape, xmlText } from "./xml-text";
import { PartWriter, zipParts, type CompressedPart } from "./zip";

const INDEX_HEADER = ["sheet", "template", "version", "unit", "period"];
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

class SharedStrings implements StringTable {
  private readonly ids = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.ids.size));
    return id;
  }

  write(b: Sink): void {
    b.write(`${DECLARATION}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.ids.size}">`);
    let chunk = "";
    for (const text of this.ids.keys()) {
      // Spaces at either end, or a line end, are kept only when the text says so.
      const preserve = /^\s|\s$|\n/.test(text) ? ` xml:space="preserve"` : "";
      chunk += `<si><t${preserve}>${xmlText(text)}</t></si>`;
      if (chunk.length > 1 << 16) {
        b.write(chunk);
        chunk = "";
      }
    }
    b.write(`${chunk}</sst>`);
  }
}

/** A sheet name inside a formula: quoted, its quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
const isoSeconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

export interface WorkbookOptions {
  title: string;
  /** zlib's level: 1 for a merge's large outputs (most of their writing time is compressing), 6 otherwise. */
  level?: number;
  deflate?: DeflateRaw;
}

/**
 * A new .xlsx holding the layouts, one sheet each in order under free names, and the very-hidden index of the
 * appendices among them (INDEX_SHEET): written straight from the layouts, part after part, with shared strings and
 * deduplicated styles. Each sheet is compressed as soon as it is written and its layout no longer needed: given a
 * lazy sequence, a merge's large outputs are never all in memory at once. What Excel, LibreOffice, ExcelJS, openpyxl
 * and our reader open (test/io/xlsx-writer.test.ts, test/interop).
 */
export async function writeWorkbook(layouts: Iterable<SheetLayout>, opts: WorkbookOptions): Promise<Uint8Array> {
  const deflate = opts.deflate ?? defaultDeflate();
  const level = opts.level ?? 6;
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const taken: string[] = [INDEX_SHEET];
  /** What the workbook part says of each sheet. */
  const sheets: { name: string; state?: "veryHidden"; print?: SheetLayout["print"] }[] = [];
  const index: string[][] = [INDEX_HEADER];
  const parts: CompressedPart[] = [];
  /** A part compressed as it is written. */
  const part = (name: string, write: (sink: Sink) => void) => {
    const sink = new PartWriter(deflate, level);
    write(sink);
    return sink.part(name);
  };
  const addSheet = async (write: (sink: Sink) => void) =>
    parts.push(await part(`xl/worksheets/sheet${parts.length + 1}.xml`, write));
  for (const layout of layouts) {
    const name = freeSheetName(layout.sheetName, taken);
    taken.push(name);
    sheets.push({ name, state: layout.visibility, print: layout.print });
    const id = layout.identity;
    if (id) index.push([name, id.templateId, id.version, id.unit, id.period].map(fitCellValue));
    await addSheet((sink) => writeSheet(layout, styles, strings, sink));
  }
  sheets.push({ name: INDEX_SHEET, state: "veryHidden" });
  await addSheet((sink) => writePlainSheet(index, strings, sink));

  const names = sheets.flatMap(({ name, print }, i) =>
    print
      ? [
          `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlEscape(`${quoted(name)}!${absolute(rangeAddress(print.area))}`)}</definedName>`,
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(`${quoted(name)}!$${print.titleRows[0]}:$${print.titleRows[1]}`)}</definedName>`,
        ]
      : [],
  );
  const workbook =
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    // The very-hidden sheets must not be the active one: the first table is.
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="0"/></bookViews>` +
    `<sheets>${sheets.map((s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("")}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    `</workbook>`;
  const n = sheets.length;
  const workbookRels =
    `${DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("") +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const now = isoSeconds(new Date());
  const core =
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
    ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>CCHC</dc:creator>` +
    `<dc:title>${xmlEscape(opts.title)}</dc:title>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`;
  const app =
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>CCHC</Application></Properties>`;
  const types =
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`)
      .join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`;
  const rootRels =
    `${DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

  const text = (name: string, xml: string) => part(name, (sink) => sink.write(xml));
  return zipParts([
    ...(await Promise.all([
      text("[Content_Types].xml", types),
      text("_rels/.rels", rootRels),
      text("docProps/core.xml", core),
      text("docProps/app.xml", app),
      text("xl/workbook.xml", workbook),
      text("xl/_rels/workbook.xml.rels", workbookRels),
    ])),
    ...parts,
    await text("xl/styles.xml", styles.xml()),
    await part("xl/sharedStrings.xml", (sink) => strings.write(sink)),
  ]);
}
