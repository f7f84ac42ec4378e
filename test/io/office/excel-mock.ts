import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the host names of office-addin-manifest, whose index also loads ESM-only packages
// (uuid, strip-bom) that jest's CommonJS runtime cannot require.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

export { OfficeMockObject };

/**
 * A mock of the Excel object model for the Office.js adapter, over office-addin-mock. What the adapter reads
 * are OfficeMockObject properties, unreadable until load() and sync(); collections have items only after
 * load("items/...") and sync(). What the adapter queues (property writes, method calls) reaches the in-memory
 * workbook only when context.sync() runs, in the order it was queued, as Excel runs a batch: a write to a
 * protected sheet fails the batch with AccessDenied, a block of values of the wrong size with InvalidArgument,
 * and text that Excel would parse is stored parsed (numbers, booleans, formulas) unless quoted. Syncs are
 * counted, and a sync can be made to fail with an Excel error code.
 */

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellModel {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  error?: boolean;
}

export interface ConditionalFormatModel {
  areas: Rect[];
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
}

export interface ValidationModel {
  rect: Rect;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    detail = "mock Excel refused the request",
  ) {
    super(`${code}: ${detail}`);
  }
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;
const PROTECTION_KEYS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertRows",
  "allowSort",
  "selectionMode",
] as const;
/** Options as Excel keeps them: what protect() was not told is false (selection: normal). */
const protectionOptions = (given?: Record<string, unknown>) =>
  Object.fromEntries(PROTECTION_KEYS.map((k) => [k, given?.[k] ?? (k === "selectionMode" ? "Normal" : false)]));
const PAGE_KEYS = [
  "orientation",
  "paperSize",
  "zoom",
  "centerHorizontally",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];

/** What a range loads of its cells (its size is loaded as any other property). */
const CELL_KEYS = ["values", "valueTypes", "formulas", "numberFormat"];

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string =>
  n < 0 ? "" : colLetters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26));

/** "B3", "B3:D5", "A:C", "9:10", "$9:$10" as a rectangle. */
export function parseAddress(address: string): Rect {
  const [a, b = a] = address.replace(/\$/g, "").toUpperCase().split(":");
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p.trim());
    if (!m || (!m[1] && !m[2])) throw new ExcelError("InvalidArgument", `bad address ${address}`);
    return { col: m[1] ? colNumber(m[1]) - 1 : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const [p, q] = [part(a), part(b)];
  return { top: p.row ?? 0, left: p.col ?? 0, bottom: q.row ?? MAX_ROW, right: q.col ?? MAX_COL };
}

export const toAddress = (r: Rect) =>
  r.top === r.bottom && r.left === r.right
    ? `${colLetters(r.left)}${r.top + 1}`
    : `${colLetters(r.left)}${r.top + 1}:${colLetters(r.right)}${r.bottom + 1}`;

export const within = (r: Rect, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
const intersects = (a: Rect, b: Rect) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** A value set through Range.values, stored as Excel stores what is typed. */
function typedInput(v: unknown, numberFormat: string | undefined): CellModel {
  if (typeof v !== "string") return { value: v as number | boolean };
  if (v === "") return { value: null };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (numberFormat === "@") return { value: v };
  if (v.startsWith("=")) return { value: null, formula: v.slice(1) };
  if (/^[+-]?\d+([.,]\d+)?$/.test(v.trim())) return { value: Number(v.replace(",", ".")) };
  if (/^(true|false)$/i.test(v)) return { value: v.toLowerCase() === "true" };
  if (/^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?)$/.test(v)) return { value: v, error: true };
  return { value: v };
}

export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  cells = new Map<string, CellModel>();
  /** Format writes in order, flattened ("font.name", "fill.color", "borders.EdgeTop.weight"...). */
  formats: { rect: Rect; props: Record<string, unknown> }[] = [];
  merges: Rect[] = [];
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  rowHeights = new Map<number, number>();
  hiddenRows = new Set<number>();
  freeze?: { rows: number; cols: number };
  page: Record<string, unknown> = {};
  showGridlines = true;
  protection: { protected: boolean; password?: string; options?: Record<string, unknown> } = { protected: false };

  constructor(public name: string) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** 1-based, for tests. */
  at(row: number, col: number): CellModel | undefined {
    return this.cell(row - 1, col - 1);
  }

  value(row: number, col: number): CellModel["value"] {
    return this.at(row, col)?.value ?? null;
  }

  set(row: number, col: number, cell: CellModel): void {
    this.cells.set(`${row - 1},${col - 1}`, cell);
  }

  /** The format properties a 1-based cell ends up with. */
  formatAt(row: number, col: number): Record<string, unknown> {
    return Object.assign({}, ...this.formats.filter((f) => within(f.rect, row - 1, col - 1)).map((f) => f.props));
  }

  validationAt(row: number, col: number): ValidationModel | undefined {
    return this.validations.filter((v) => within(v.rect, row - 1, col - 1)).pop();
  }

  /** The smallest rectangle holding every non-empty value, as Excel's used range (values only). */
  used(): Rect | undefined {
    let rect: Rect | undefined;
    for (const [key, cell] of this.cells) {
      if ((cell.value === null || cell.value === "") && !cell.formula) continue;
      const [row, col] = key.split(",").map(Number);
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, col),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  /** Opened read-only (Excel on the web's viewing mode, a file opened read-only). */
  readOnly = false;
  /** Review > Protect Workbook: no sheet can be added or removed. */
  structureProtected = false;
  active = "";
  selected?: { sheet: string; address: string };

  constructor(names: string[] = ["Sheet1"]) {
    this.sheets = names.map((n) => new SheetModel(n));
    this.active = names[0] ?? "";
  }

  sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`mock: no sheet ${name}`);
    return sheet;
  }

  has(name: string): boolean {
    return this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

type Op = () => void;

/** Property writes of a range mock, as the adapter leaves them. */
interface RangeWrites {
  values?: unknown;
  numberFormat?: unknown;
  columnHidden?: unknown;
  rowHidden?: unknown;
  format: Record<string, unknown> & {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    protection: Record<string, unknown>;
  };
  dataValidation: {
    rule?: Excel.DataValidationRule;
    prompt?: Excel.DataValidationPrompt;
    errorAlert?: Excel.DataValidationErrorAlert;
    ignoreBlanks?: boolean;
  };
}

/** A collection whose `items` exist only after load("items/...") and a sync, like Office.js collections. */
class MockCollection<T> {
  private loaded: T[] | undefined;

  constructor(
    private readonly mock: ExcelMock,
    private readonly list: () => T[],
    methods: object = {},
  ) {
    Object.assign(this, methods);
  }

  load(properties: string): this {
    if (!properties.startsWith("items")) throw new Error(`mock: unsupported collection load ${properties}`);
    this.mock.afterSync(() => (this.loaded = this.list()));
    return this;
  }

  get items(): T[] {
    if (!this.loaded) throw new Error("mock: collection items read before load() and sync()");
    return this.loaded;
  }
}

export class ExcelMock {
  syncs = 0;
  /** Batches that suspended Excel's screen updating until their sync. */
  screenSuspensions = 0;
  /** Office.js commands the adapter queued (method calls and written objects), over all batches. */
  commands = 0;
  /** The RequestContext handed to the adapter. */
  readonly context: Excel.RequestContext;
  private ops: Op[] = [];
  private after: Op[] = [];
  private mocks: OfficeMockObject[] = [];
  private before = new Map<number, Op>();
  private sheetWrites: { batch: number; writes: Op }[] = [];

  constructor(readonly workbook = new WorkbookModel()) {
    const worksheets = new MockCollection(this, () => this.workbook.sheets.map((s) => this.sheetMock(s, ["name"])), {
      add: (name: string) => this.addSheet(name),
      getItem: (name: string) => this.sheetMock(this.existing(name)),
      getActiveWorksheet: () => this.sheetMock(this.existing(this.workbook.active)),
    });
    const application = {
      suspendScreenUpdatingUntilNextSync: () => this.queue(() => this.screenSuspensions++),
    };
    // Read-only and structure protection as the model says when the mock is made.
    const book = this.track(
      new OfficeMockObject({
        readOnly: this.workbook.readOnly,
        protection: { protected: this.workbook.structureProtected },
      }),
    );
    Object.assign(book, { worksheets, application });
    this.context = {
      workbook: book,
      application,
      sync: () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  /** Runs `op` at the start of the n-th sync from now (1-based): someone else's change, or a failure. */
  onSync(n: number, op: Op): void {
    this.before.set(this.syncs + n, op);
  }

  /** Makes the n-th sync from now fail with an Excel error code, before anything of it runs. */
  failSync(n: number, code: string): void {
    this.onSync(n, () => {
      throw new ExcelError(code);
    });
  }

  afterSync(op: Op): void {
    this.after.push(op);
  }

  private queue(op: Op): void {
    this.commands++;
    this.ops.push(op);
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const [ops, after] = [this.ops, this.after];
    this.ops = [];
    this.after = [];
    this.before.get(this.syncs)?.();
    for (const { batch, writes } of this.sheetWrites) if (batch < this.syncs - 1) writes();
    for (const op of ops) op();
    // Collections fill their items from the workbook as the batch left it; then loads complete.
    for (const op of after) op();
    for (const mock of this.mocks) await mock.sync();
    // office-addin-mock updates loaded properties in promise callbacks: let them run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private track<T extends OfficeMockObject>(mock: T): T {
    this.mocks.push(mock);
    return mock;
  }

  /** A sheet that must exist when the batch runs; Excel fails the batch with ItemNotFound otherwise. */
  private existing(name: string): SheetModel {
    if (!this.workbook.has(name)) {
      this.queue(() => {
        throw new ExcelError("ItemNotFound", name);
      });
      return new SheetModel(name);
    }
    return this.workbook.sheet(name);
  }

  private addSheet(name: string) {
    const sheet = new SheetModel(name);
    this.queue(() => {
      if (this.workbook.readOnly || this.workbook.structureProtected) throw new ExcelError("AccessDenied", name);
      if (this.workbook.has(name)) throw new ExcelError("ItemAlreadyExists", name);
      this.workbook.sheets.push(sheet);
    });
    return this.sheetMock(sheet);
  }

  private guard(sheet: SheetModel): void {
    if (sheet.protection.protected) throw new ExcelError("AccessDenied", `${sheet.name} is protected`);
  }

  private sheetMock(sheet: SheetModel, preload: string[] = []) {
    const mock = this.track(
      new OfficeMockObject({
        name: sheet.name,
        visibility: sheet.visibility,
        protection: {
          protected: sheet.protection.protected,
          options: protectionOptions(sheet.protection.options),
          protect: (options?: Record<string, unknown>) =>
            this.queue(() => {
              // Excel refuses to protect a protected sheet (office-js #6784).
              this.guard(sheet);
              sheet.protection = { protected: true, options: protectionOptions(options) };
            }),
          unprotect: () =>
            this.queue(() => {
              if (sheet.protection.password) throw new ExcelError("BadPassword");
              sheet.protection = { protected: false };
            }),
        },
        freezePanes: {
          freezeAt: (range: { rect: Rect }) =>
            this.queue(() => (sheet.freeze = { rows: range.rect.bottom + 1, cols: range.rect.right + 1 })),
          freezeRows: (rows: number) => this.queue(() => (sheet.freeze = { rows, cols: 0 })),
          freezeColumns: (cols: number) => this.queue(() => (sheet.freeze = { rows: 0, cols })),
        },
        pageLayout: {
          headersFooters: { defaultForAllPages: {} },
          setPrintArea: (range: { rect: Rect }) => this.queue(() => (sheet.page.printArea = toAddress(range.rect))),
          setPrintTitleRows: (range: { rect: Rect }) =>
            this.queue(() => (sheet.page.printTitleRows = `${range.rect.top + 1}:${range.rect.bottom + 1}`)),
        },
        activate: () => this.queue(() => (this.workbook.active = sheet.name)),
        delete: () => this.queue(() => (this.workbook.sheets = this.workbook.sheets.filter((s) => s !== sheet))),
        getRange: (address?: string) => this.rangeMock(sheet, parseAddress(address ?? "A:XFD")),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
          this.rangeMock(sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }),
        getRanges: (address: string) => this.areasMock(sheet, address.split(",").map(parseAddress)),
        getUsedRange: () => this.rangeMock(sheet, sheet.used() ?? { top: 0, left: 0, bottom: 0, right: 0 }),
        getUsedRangeOrNullObject: () => this.usedRangeMock(sheet),
      }),
    );
    if (preload.length > 0) mock.load(preload);
    Object.assign(mock, { model: sheet });
    // The sheet's own property writes run where the sheet was obtained in the batch.
    const writes = () => this.applySheetWrites(sheet, mock as unknown as Record<string, unknown>);
    this.ops.push(writes);
    // Written again in a later batch (a sheet obtained once, used across syncs): applied as that batch starts.
    this.sheetWrites.push({ batch: this.syncs, writes });
    return mock;
  }

  private applySheetWrites(sheet: SheetModel, mock: Record<string, unknown>): void {
    const page = mock.pageLayout as Record<string, unknown>;
    const footer = (page.headersFooters as { defaultForAllPages: { centerFooter?: string } }).defaultForAllPages;
    const visibility = mock.visibility;
    const changes: Op[] = [];
    if (
      (visibility === "Hidden" || visibility === "VeryHidden" || visibility === "Visible") &&
      visibility !== sheet.visibility
    )
      changes.push(() => (sheet.visibility = visibility));
    if (typeof mock.showGridlines === "boolean")
      changes.push(() => (sheet.showGridlines = mock.showGridlines as boolean));
    for (const key of PAGE_KEYS) if (page[key] !== undefined) changes.push(() => (sheet.page[key] = page[key]));
    if (footer.centerFooter !== undefined) changes.push(() => (sheet.page.centerFooter = footer.centerFooter));
    if (changes.length === 0) return;
    this.commands++;
    this.guard(sheet);
    changes.forEach((c) => c());
    // Sent once: a later batch on the same sheet object carries only what it writes itself.
    delete mock.showGridlines;
    for (const key of PAGE_KEYS) delete page[key];
    delete footer.centerFooter;
  }

  private usedRangeMock(sheet: SheetModel) {
    const used = sheet.used();
    if (!used) {
      const empty = this.track(new OfficeMockObject({}));
      Object.assign(empty, { isNullObject: true, load: () => empty });
      return empty;
    }
    // Its size at once; its cells only when loaded, as Excel sends only what is asked for.
    const mock = this.track(
      new OfficeMockObject({
        rowIndex: used.top,
        columnIndex: used.left,
        rowCount: used.bottom - used.top + 1,
        columnCount: used.right - used.left + 1,
      }),
    );
    Object.assign(mock, { isNullObject: false });
    this.loadCellsOnDemand(mock, sheet, used);
    return mock;
  }

  /**
   * Loading a range's cells (values, types, formulas, number formats) reads them as the batch leaves the sheet;
   * other loads are the mock's own.
   */
  private loadCellsOnDemand(mock: OfficeMockObject, sheet: SheetModel, rect: Rect): void {
    const loadOwn = mock.load.bind(mock);
    Object.assign(mock, {
      load: (properties: string | string[]) => {
        const wanted = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
        const cellKeys = wanted.filter((p) => CELL_KEYS.includes(p));
        if (cellKeys.length === 0) return loadOwn(properties);
        const own = wanted.filter((p) => !CELL_KEYS.includes(p));
        if (own.length > 0) loadOwn(own);
        this.afterSync(() => {
          const cells = this.cellsMock(sheet, rect);
          cells.load(cellKeys);
          for (const key of cellKeys) Object.defineProperty(mock, key, { get: () => cells[key], configurable: true });
        });
        return mock;
      },
    });
  }

  /** A rectangle's cells as Range loads them: position, size, values, types, formulas, number formats. */
  private cellsMock(sheet: SheetModel, rect: Rect) {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const grid = <T>(f: (cell: CellModel | undefined) => T) =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => f(sheet.cell(rect.top + i, rect.left + j))),
      );
    return this.track(
      new OfficeMockObject({
        rowIndex: rect.top,
        columnIndex: rect.left,
        rowCount: rows,
        columnCount: cols,
        values: grid((c) => c?.value ?? ""),
        valueTypes: grid((c) =>
          c?.error
            ? "Error"
            : c === undefined || c.value === null || c.value === ""
              ? "Empty"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : "String",
        ),
        formulas: grid((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? ""))),
        numberFormat: grid((c) => c?.numberFormat ?? "General"),
      }),
    );
  }

  private conditionalFormats(sheet: SheetModel, rect: Rect) {
    return new MockCollection(
      this,
      () =>
        sheet.conditionalFormats
          .filter((f) => f.areas.some((a) => intersects(a, rect)))
          .map((f) => {
            const item = this.track(
              new OfficeMockObject({
                type: f.type,
                customOrNullObject: { rule: { formula: f.formula ?? "" } },
                delete: () =>
                  this.queue(() => {
                    this.guard(sheet);
                    sheet.conditionalFormats = sheet.conditionalFormats.filter((g) => g !== f);
                  }),
              }),
            );
            item.load(["type", "customOrNullObject/rule/formula"]);
            Object.assign(item.customOrNullObject, { isNullObject: f.type !== "Custom" });
            return item;
          }),
      { add: (type: string) => this.addConditionalFormat(sheet, [rect], type) },
    );
  }

  private addConditionalFormat(sheet: SheetModel, areas: Rect[], type: string) {
    const mock = this.track(new OfficeMockObject({ custom: { rule: {}, format: { fill: {}, font: {} } } }));
    this.queue(() => {
      this.guard(sheet);
      const custom = mock.custom as {
        rule: { formula?: string };
        format: { fill: { color?: string }; font: { color?: string } };
      };
      sheet.conditionalFormats.push({
        areas,
        type,
        formula: custom.rule.formula,
        fill: custom.format.fill.color,
        font: custom.format.font.color,
      });
    });
    return mock;
  }

  private areasMock(sheet: SheetModel, areas: Rect[]) {
    const mock = this.track(new OfficeMockObject({}));
    Object.assign(mock, {
      conditionalFormats: { add: (type: string) => this.addConditionalFormat(sheet, areas, type) },
    });
    return mock;
  }

  private rangeMock(sheet: SheetModel, rect: Rect): OfficeMockObject {
    const borders = new Map<string, OfficeMockObject>();
    const mock = this.track(
      new OfficeMockObject({
        format: {
          font: {},
          fill: {},
          protection: {},
          borders: {
            getItem: (line: string) => {
              const border = new OfficeMockObject({});
              borders.set(line, border);
              return border;
            },
          },
        },
        dataValidation: {},
        merge: () =>
          this.queue(() => {
            this.guard(sheet);
            sheet.merges.push(rect);
          }),
        select: () => this.queue(() => (this.workbook.selected = { sheet: sheet.name, address: toAddress(rect) })),
        getCell: (row: number, col: number) =>
          this.rangeMock(sheet, {
            top: rect.top + row,
            left: rect.left + col,
            bottom: rect.top + row,
            right: rect.left + col,
          }),
        getLastRow: () => this.rangeMock(sheet, { ...rect, top: rect.bottom }),
        getRow: (row: number) => this.rangeMock(sheet, { ...rect, top: rect.top + row, bottom: rect.top + row }),
        getBoundingRect: (other: { rect: Rect }) =>
          this.rangeMock(sheet, {
            top: Math.min(rect.top, other.rect.top),
            left: Math.min(rect.left, other.rect.left),
            bottom: Math.max(rect.bottom, other.rect.bottom),
            right: Math.max(rect.right, other.rect.right),
          }),
        getOffsetRange: (rows: number, cols: number) =>
          this.rangeMock(sheet, {
            top: rect.top + rows,
            left: rect.left + cols,
            bottom: rect.bottom + rows,
            right: rect.right + cols,
          }),
        getResizedRange: (rows: number, cols: number) =>
          this.rangeMock(sheet, { ...rect, bottom: rect.bottom + rows, right: rect.right + cols }),
      }),
    );
    Object.assign(mock, { rect, conditionalFormats: this.conditionalFormats(sheet, rect) });
    this.loadCellsOnDemand(mock, sheet, rect);
    // The range's property writes run where the range was obtained in the batch.
    this.ops.push(() => this.applyRangeWrites(sheet, rect, mock as unknown as RangeWrites, borders));
    return mock;
  }

  private applyRangeWrites(
    sheet: SheetModel,
    rect: Rect,
    m: RangeWrites,
    borders: Map<string, OfficeMockObject>,
  ): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const changes: Op[] = [];
    const block = (name: string, data: unknown) => {
      if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols))
        throw new ExcelError("InvalidArgument", `${name} is not ${rows} x ${cols}`);
      return data as unknown[][];
    };
    const each = (data: unknown[][], f: (key: string, v: unknown) => void) =>
      data.forEach((r, i) => r.forEach((v, j) => v !== null && f(`${rect.top + i},${rect.left + j}`, v)));
    if (m.numberFormat !== undefined) {
      const data = block("numberFormat", m.numberFormat);
      changes.push(() =>
        each(data, (key, f) => sheet.cells.set(key, { value: null, ...sheet.cells.get(key), numberFormat: String(f) })),
      );
    }
    if (m.values !== undefined) {
      const data = block("values", m.values);
      changes.push(() =>
        each(data, (key, v) => {
          const before = sheet.cells.get(key);
          sheet.cells.set(key, { numberFormat: before?.numberFormat, ...typedInput(v, before?.numberFormat) });
        }),
      );
    }
    const props: Record<string, unknown> = {};
    const copy = (prefix: string, source: Record<string, unknown>, keys: string[]) => {
      for (const key of keys) if (source[key] !== undefined) props[`${prefix}${key}`] = source[key];
    };
    const { format } = m;
    copy("", format, ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"]);
    copy("font.", format.font, ["name", "size", "bold", "italic", "color"]);
    copy("fill.", format.fill, ["color"]);
    copy("protection.", format.protection, ["locked"]);
    for (const [line, border] of borders)
      copy(`borders.${line}.`, border as unknown as Record<string, unknown>, ["style", "weight", "color"]);
    if (Object.keys(props).length > 0) changes.push(() => sheet.formats.push({ rect, props }));
    const span = (from: number, to: number, f: (i: number) => void) => () => {
      for (let i = from; i <= to; i++) f(i);
    };
    const { columnWidth, rowHeight } = format;
    if (typeof columnWidth === "number")
      changes.push(span(rect.left, rect.right, (c) => sheet.columnWidths.set(c, columnWidth)));
    if (typeof rowHeight === "number")
      changes.push(span(rect.top, rect.bottom, (r) => sheet.rowHeights.set(r, rowHeight)));
    if (m.columnHidden === true) changes.push(span(rect.left, rect.right, (c) => sheet.hiddenColumns.add(c)));
    if (m.rowHidden === true) changes.push(span(rect.top, rect.bottom, (r) => sheet.hiddenRows.add(r)));
    const { rule, prompt, errorAlert, ignoreBlanks } = m.dataValidation;
    if (rule !== undefined || prompt !== undefined || errorAlert !== undefined)
      changes.push(() => sheet.validations.push({ rect, rule, prompt, errorAlert, ignoreBlanks }));
    if (changes.length === 0) return;
    this.commands++;
    this.guard(sheet);
    changes.forEach((c) => c());
  }
}
