import type { Rule, Template } from "../catalog/schema";
import type { TypedValue } from "./check-cell";
import type { CheckedCell } from "./validate-sheet";

/** What a template's cell is, kept once for every sheet of the template: ref, row id, column key and rule. */
interface CellName {
  ref: string;
  rowId: string;
  columnKey: string;
  rule: Rule;
}

/** A template's cells by id, in the order sheets first gave them. A ref's row id, column key and rule are the template's. */
class CellNames {
  readonly ids = new Map<string, number>();
  readonly names: CellName[] = [];

  idOf(c: CheckedCell): number {
    let id = this.ids.get(c.ref);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(c.ref, id);
      this.names.push({ ref: c.ref, rowId: c.rowId, columnKey: c.columnKey, rule: c.rule });
    }
    return id;
  }
}

const namesOf = new WeakMap<Template, CellNames>();

/**
 * The input cells of a validated sheet, as a read-only map by ref, kept in two typed arrays and the displayed
 * texts: a merge keeps the reports of thousands of sheets, and a Map of objects costs some 200 bytes a cell where
 * these cost about 30. The names and rules are the template's, shared by all its sheets; a number value is kept as
 * a number (NaN: none), any other value as it is; each CheckedCell is made when it is asked for. Iteration is in
 * the order the cells were given.
 */
export class CheckedCells implements ReadonlyMap<string, CheckedCell> {
  private readonly names: CellNames;
  /** Per cell: its name's id, its row and its column. */
  private readonly slots: Int32Array;
  private readonly numbers: Float64Array;
  /** Values that are not numbers, by position; absent while the sheet has none. */
  private readonly others: (TypedValue | undefined)[] | undefined;
  private readonly displays: string[];
  /** Positions sorted by name id, made on the first look-up that the given order does not answer. */
  private byId: Int32Array | undefined;

  constructor(template: Template, cells: Iterable<CheckedCell>) {
    let names = namesOf.get(template);
    if (!names) namesOf.set(template, (names = new CellNames()));
    this.names = names;
    const list = [...cells];
    const n = list.length;
    this.slots = new Int32Array(3 * n);
    this.numbers = new Float64Array(n).fill(NaN);
    this.displays = new Array<string>(n);
    let others: (TypedValue | undefined)[] | undefined;
    list.forEach((c, i) => {
      this.slots[3 * i] = names.idOf(c);
      this.slots[3 * i + 1] = c.row;
      this.slots[3 * i + 2] = c.col;
      this.displays[i] = c.display;
      const v = c.value;
      if (v?.type === "number") this.numbers[i] = v.value;
      else if (v) (others ??= new Array<TypedValue | undefined>(n))[i] = v;
    });
    this.others = others;
  }

  get size(): number {
    return this.displays.length;
  }

  private idAt(i: number): number {
    return this.slots[3 * i];
  }

  private positionOf(ref: string): number {
    const id = this.names.ids.get(ref);
    if (id === undefined) return -1;
    // Sheets of one template mostly give their cells in the order the first one did: then position = id.
    if (id < this.size && this.idAt(id) === id) return id;
    const byId = (this.byId ??= Int32Array.from(this.displays.keys()).sort((a, b) => this.idAt(a) - this.idAt(b)));
    let lo = 0;
    let hi = byId.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.idAt(byId[mid]);
      if (at < id) lo = mid + 1;
      else if (at > id) hi = mid - 1;
      else return byId[mid];
    }
    return -1;
  }

  private valueAt(i: number): TypedValue | undefined {
    const n = this.numbers[i];
    return Number.isNaN(n) ? this.others?.[i] : { type: "number", value: n };
  }

  private cellAt(i: number): CheckedCell {
    const name = this.names.names[this.idAt(i)];
    const cell: CheckedCell = {
      ref: name.ref,
      rowId: name.rowId,
      columnKey: name.columnKey,
      row: this.slots[3 * i + 1],
      col: this.slots[3 * i + 2],
      rule: name.rule,
      display: this.displays[i],
    };
    const value = this.valueAt(i);
    if (value) cell.value = value;
    return cell;
  }

  /** The cell's valid value, without making the whole cell. */
  valueOf(ref: string): TypedValue | undefined {
    const i = this.positionOf(ref);
    return i < 0 ? undefined : this.valueAt(i);
  }

  get(ref: string): CheckedCell | undefined {
    const i = this.positionOf(ref);
    return i < 0 ? undefined : this.cellAt(i);
  }

  has(ref: string): boolean {
    return this.positionOf(ref) >= 0;
  }

  *values(): MapIterator<CheckedCell> {
    for (let i = 0; i < this.size; i++) yield this.cellAt(i);
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.names.names[this.idAt(i)].ref;
  }

  *entries(): MapIterator<[string, CheckedCell]> {
    for (let i = 0; i < this.size; i++) yield [this.names.names[this.idAt(i)].ref, this.cellAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, CheckedCell]> {
    return this.entries();
  }

  forEach(
    f: (value: CheckedCell, key: string, map: ReadonlyMap<string, CheckedCell>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.entries()) f.call(thisArg, v, k, this);
  }
}
