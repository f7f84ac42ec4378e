/**
 * Identity carriers of an injected sheet (DESIGN.md section 6). The first column of the sheet is hidden and
 * holds, top to bottom: the template id and version, the unit, the period, a marker on the hidden row of
 * column keys, then one indicator id per body row. A hidden column travels with the sheet when it is copied,
 * re-ordered or round-tripped through Excel, LibreOffice and ExcelJS; a very-hidden index sheet repeats the
 * sheet-level facts for the workbook as a whole.
 */
export const ID_COLUMN = 1;
export const INDEX_SHEET = "_cchc";
const TEMPLATE_TAG = "cchc-template:";
const UNIT_TAG = "cchc-unit:";
const PERIOD_TAG = "cchc-period:";
export const COLUMN_KEYS_TAG = "cchc-columns";

export interface SheetIdentity {
  templateId: string;
  version: string;
  unit: string;
  period: string;
}

export function identityCells(id: SheetIdentity): [string, string, string] {
  return [`${TEMPLATE_TAG}${id.templateId}@${id.version}`, `${UNIT_TAG}${id.unit}`, `${PERIOD_TAG}${id.period}`];
}

/** Reads the identity from the first cells of the id column; undefined when the sheet carries none. */
export function parseIdentity(idColumn: readonly unknown[]): SheetIdentity | undefined {
  const texts = idColumn.map((v) => (typeof v === "string" ? v : ""));
  const tpl = texts.find((t) => t.startsWith(TEMPLATE_TAG));
  if (!tpl) return undefined;
  const [templateId, version = ""] = tpl.slice(TEMPLATE_TAG.length).split("@");
  const unit = texts.find((t) => t.startsWith(UNIT_TAG))?.slice(UNIT_TAG.length) ?? "";
  const period = texts.find((t) => t.startsWith(PERIOD_TAG))?.slice(PERIOD_TAG.length) ?? "";
  return { templateId, version, unit, period };
}

/**
 * A workbook injected from a user's definition carries the definition itself (DESIGN.md section 3), so that whoever
 * receives the filled file can validate and merge it without having the definition: one row per template in a
 * very-hidden sheet, the tag, template id and version, then the JSON cut into cells well under Excel's 32,767
 * characters. A second write into the same workbook adds a sheet "_cchc_def (2)"; readers take every one.
 */
export const DEFINITION_SHEET = "_cchc_def";
const DEFINITION_TAG = "cchc-definition";
const DEFINITION_CHUNK = 8000;

export function isDefinitionSheet(name: string): boolean {
  return name === DEFINITION_SHEET || name.startsWith(`${DEFINITION_SHEET} (`);
}

export function definitionCells(templateId: string, version: string, json: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += DEFINITION_CHUNK) chunks.push(json.slice(i, i + DEFINITION_CHUNK));
  return [DEFINITION_TAG, templateId, version, ...chunks];
}

/** The JSON of one carried definition from its row of cells; undefined for any other row. */
export function parseDefinitionCells(cells: readonly unknown[]): { templateId: string; json: string } | undefined {
  if (cells[0] !== DEFINITION_TAG || typeof cells[1] !== "string") return undefined;
  const chunks: string[] = [];
  for (const c of cells.slice(3)) {
    if (typeof c !== "string" || c === "") break;
    chunks.push(c);
  }
  return chunks.length > 0 ? { templateId: cells[1], json: chunks.join("") } : undefined;
}
