import { ExcelError, ExcelMock, SheetModel } from "../excel-mock";
import type { BatchRunner, RichApiAction, RichApiObjectPath, RichApiRequest, RichApiResponse } from "./office-web";

/**
 * The workbook behind the recorded channel: each RichApi request that Office.js sent is carried out on the same
 * in-memory Excel the adapter's other tests use (ExcelMock over WorkbookModel), object path by object path and
 * action by action, then answered as Excel answers (query results by action id, or the batch's error). Only the
 * names below are understood: a request naming anything else is refused and recorded in `unknown`, so that a
 * batch the workbook model would silently ignore fails the test instead.
 */

/** Property writes the workbook model carries out (RichApi name -> the adapter's property name). */
const SETTABLE: Record<string, string> = {
  Values: "values",
  NumberFormat: "numberFormat",
  ColumnHidden: "columnHidden",
  RowHidden: "rowHidden",
  ColumnWidth: "columnWidth",
  RowHeight: "rowHeight",
  HorizontalAlignment: "horizontalAlignment",
  VerticalAlignment: "verticalAlignment",
  WrapText: "wrapText",
  IndentLevel: "indentLevel",
  Name: "name",
  Size: "size",
  Bold: "bold",
  Italic: "italic",
  Color: "color",
  Locked: "locked",
  Style: "style",
  Weight: "weight",
  Rule: "rule",
  Prompt: "prompt",
  ErrorAlert: "errorAlert",
  IgnoreBlanks: "ignoreBlanks",
  Formula: "formula",
  Visibility: "visibility",
  // Worksheet.showGridlines travels as "Gridlines".
  Gridlines: "showGridlines",
  Orientation: "orientation",
  PaperSize: "paperSize",
  Zoom: "zoom",
  CenterHorizontally: "centerHorizontally",
  LeftMargin: "leftMargin",
  RightMargin: "rightMargin",
  TopMargin: "topMargin",
  BottomMargin: "bottomMargin",
  HeaderMargin: "headerMargin",
  FooterMargin: "footerMargin",
  CenterFooter: "centerFooter",
};

const METHODS = new Set([
  "Add",
  "GetItem",
  "GetActiveWorksheet",
  "GetRange",
  "GetRangeByIndexes",
  "GetRanges",
  "GetUsedRange",
  "GetUsedRangeOrNullObject",
  "GetCell",
  "GetLastRow",
  "GetOffsetRange",
  "GetResizedRange",
  // Office.js sends a large block of values in slices of rows: getRow(i).getBoundingRect(getRow(j)).
  "GetRow",
  "GetBoundingRect",
  "Merge",
  "Select",
  "Activate",
  "Delete",
  "Protect",
  "Unprotect",
  "FreezeAt",
  "FreezeRows",
  "FreezeColumns",
  "SetPrintArea",
  "SetPrintTitleRows",
  "SuspendScreenUpdatingUntilNextSync",
]);

/** Office.js's own bookkeeping, which Excel accepts and which changes nothing in the workbook. */
const BOOKKEEPING = new Set(["_KeepReference", "_RemoveReference", "NotifyActionHandlerReady"]);
/** The service object Office.js itself tells that the ribbon's action handlers are ready. */
const ADDIN_SERVICE = "Microsoft.InternalService.AddinInternalService";

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type Node = Record<string, unknown> & { load?: (select: unknown) => unknown; isNullObject?: boolean };

class Refused extends Error {}

export class RichApiWorkbook {
  /** Names a request used that this workbook does not understand (a test asserts none). */
  readonly unknown: string[] = [];
  /** How many batches asked Excel to suspend screen updating, of all batches that changed something. */
  suspended = 0;
  changing = 0;
  /** Collection items handed out by id in query results, found again when a later request names them. */
  private readonly items = new Map<string, Node>();
  private nextItem = 0;
  /** Objects kept alive by _KeepReference, by the reference id Excel gave them. */
  private readonly references = new Map<string, Node>();
  private nextReference = 0;

  constructor(readonly mock: ExcelMock) {}

  readonly run: BatchRunner = (request) => this.execute(request);

  private async execute(request: RichApiRequest): Promise<RichApiResponse> {
    const resolved = new Map<number, Node>();
    const resolve = (id: number): Node => {
      const known = resolved.get(id);
      if (known) return known;
      const node = this.resolvePath(request.ObjectPaths[String(id)], resolve);
      resolved.set(id, node);
      return node;
    };
    const queries: { action: RichApiAction; node: Node }[] = [];
    // Objects the request keeps alive across syncs get a reference id, by which later requests name them.
    const kept = new Set(request.Actions.filter((a) => a.Name === "_KeepReference").map((a) => a.ObjectPathId));
    const references: { action: RichApiAction; id: string }[] = [];
    const identities: { action: RichApiAction; id: string }[] = [];
    let changes = false;
    let suspends = false;
    try {
      for (const action of request.Actions) {
        const node = resolve(action.ObjectPathId);
        switch (action.ActionType) {
          case 1: // instantiate: the path is resolved above
            if (node.model instanceof SheetModel) {
              // A worksheet is known by its id from then on (Office.js re-addresses it through the collection).
              identities.push({ action, id: node.model.name });
            } else if (kept.has(action.ObjectPathId)) {
              const id = `ref-${this.nextReference++}`;
              this.references.set(id, node);
              references.push({ action, id });
            }
            break;
          case 2:
            node.load?.(this.loadArgument(node, action.QueryInfo?.Select ?? []));
            queries.push({ action, node });
            break;
          case 3:
            if (BOOKKEEPING.has(action.Name)) break;
            if (action.Name === "_ValidateArraySize") {
              // Office.js checks a large block's size against its range before sending it.
              this.validateArraySize(node, this.args(action.ArgumentInfo, resolve));
              break;
            }
            if (action.Name === "SuspendScreenUpdatingUntilNextSync") suspends = true;
            else changes = true;
            this.call(node, action.Name, this.args(action.ArgumentInfo, resolve));
            break;
          case 4: {
            const property = SETTABLE[action.Name];
            if (!property) throw new Refused(`set ${action.Name}`);
            changes = true;
            node[property] = this.args(action.ArgumentInfo, resolve)[0];
            break;
          }
          default:
            throw new Refused(`action type ${action.ActionType}`);
        }
      }
    } catch (e) {
      if (e instanceof Refused) {
        this.unknown.push(e.message);
        return { ok: false, code: "ApiNotFound", message: e.message };
      }
      throw e;
    }
    if (changes) this.changing++;
    if (changes && suspends) this.suspended++;
    try {
      await this.mock.context.sync();
    } catch (e) {
      if (e instanceof ExcelError) return { ok: false, code: e.code, message: e.message };
      throw e;
    }
    return {
      ok: true,
      results: [
        ...references.map(({ action, id }) => ({ ActionId: action.Id, Value: { _ReferenceId: id } })),
        ...identities.map(({ action, id }) => ({ ActionId: action.Id, Value: { Id: id } })),
        ...queries.map(({ action, node }) => ({
          ActionId: action.Id,
          Value: this.queryResult(node, action.QueryInfo?.Select ?? []),
        })),
      ],
    };
  }

  private resolvePath(path: RichApiObjectPath | undefined, resolve: (id: number) => Node): Node {
    if (!path) throw new Refused("an object path the request does not carry");
    if (path.ObjectPathType === 1) return this.mock.context.workbook as unknown as Node;
    if (path.ObjectPathType === 2 && path.Name === ADDIN_SERVICE) return {};
    if (path.ObjectPathType === 6) {
      const kept = this.references.get(path.Name);
      if (!kept) throw new Refused(`reference ${path.Name}`);
      return kept;
    }
    const parent = resolve(path.ParentObjectPathId ?? -1);
    const args = this.args(path.ArgumentInfo, resolve);
    switch (path.ObjectPathType) {
      case 3:
        if (!METHODS.has(path.Name)) throw new Refused(`method ${path.Name}`);
        return this.call(parent, path.Name, args) as Node;
      case 4: {
        const child = parent[camel(path.Name)];
        if (child === undefined || child === null) throw new Refused(`property ${path.Name}`);
        return child as Node;
      }
      case 5: {
        // An item of a collection: one handed out by a query, or found by its key (a sheet name, a border).
        const item = this.items.get(String(args[0]));
        if (item) return item;
        return this.call(parent, "GetItem", args) as Node;
      }
      default:
        throw new Refused(`object path type ${path.ObjectPathType}`);
    }
  }

  private validateArraySize(node: Node, [rows, cols]: unknown[]): void {
    const rect = node.rect as { top: number; left: number; bottom: number; right: number } | undefined;
    if (!rect) throw new Refused("_ValidateArraySize of something that is no range");
    if (rect.bottom - rect.top + 1 !== rows || rect.right - rect.left + 1 !== cols)
      this.queueFailure(new ExcelError("InvalidArgument", `a ${rows} x ${cols} block for a range of another size`));
  }

  /** A failure Excel reports when it reaches this point of the batch. */
  private queueFailure(error: ExcelError): void {
    this.mock.onSync(1, () => {
      throw error;
    });
  }

  private call(node: Node, name: string, args: unknown[]): unknown {
    const method = node[camel(name)];
    if (typeof method !== "function") throw new Refused(`method ${name}`);
    return (method as (...a: unknown[]) => unknown).apply(node, args);
  }

  /** Arguments as sent: values, or objects of the same request (a range given to freezeAt, setPrintArea). */
  private args(info: RichApiAction["ArgumentInfo"], resolve: (id: number) => Node): unknown[] {
    const values = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return values.map((v, i) => (refs[i] ? resolve(refs[i]) : v));
  }

  private isCollection(node: Node): boolean {
    return "items" in node || Object.getOwnPropertyDescriptor(Object.getPrototypeOf(node), "items") !== undefined;
  }

  /** The model's load for a query: collections load their items' properties. */
  private loadArgument(node: Node, select: string[]): unknown {
    return this.isCollection(node) ? `items/${select.join(",items/")}` : select;
  }

  /** A query's answer as Excel gives it: PascalCase keys, a collection's items under _Items with their ids. */
  private queryResult(node: Node, select: string[]): unknown {
    if (node.isNullObject === true) return null;
    if (this.isCollection(node)) {
      const items = node.items as Node[];
      return {
        _Items: items.map((item) => {
          const id = typeof item.name === "string" ? item.name : `item-${this.nextItem++}`;
          this.items.set(id, item);
          return { ...(this.pick(item, select) as object), Id: id };
        }),
      };
    }
    return this.pick(node, select);
  }

  private pick(node: Node, select: string[]): unknown {
    if (node === null || node === undefined || node.isNullObject === true) return null;
    const out: Record<string, unknown> = {};
    for (const [head, rest] of groupPaths(select)) {
      const value = node[head];
      out[pascal(head)] = rest.length > 0 ? this.pick(value as Node, rest) : plain(value);
    }
    return out;
  }
}

/** "a/b/c" paths grouped by their first step: "customOrNullObject/rule/formula" -> customOrNullObject: [rule/formula]. */
function groupPaths(select: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    const group = groups.get(head) ?? [];
    if (rest.length > 0) group.push(rest.join("/"));
    groups.set(head, group);
  }
  return groups;
}

/** A loaded value without the mock's own machinery (complex values such as protection options). */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  return JSON.parse(JSON.stringify(value, (k, v) => (k.startsWith("_") || typeof v === "function" ? undefined : v)));
}

/** The channel's workbook for a fresh in-memory Excel. */
export function richApiWorkbook(mock: ExcelMock): RichApiWorkbook {
  return new RichApiWorkbook(mock);
}
