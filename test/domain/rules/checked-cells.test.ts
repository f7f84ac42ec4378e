import { catalog } from "../../../src/domain/catalog";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import type { TypedValue } from "../../../src/domain/rules/check-cell";
import { CheckedCells } from "../../../src/domain/rules/checked-cells";
import type { CheckedCell } from "../../../src/domain/rules/validate-sheet";

const template = catalog().get("kh-dinhky-pl2")!.template;
const inputs = buildLayout(template, { unit: "UBND xã Ninh Tây", period: "Năm 2021" }).inputs;

/** Every kind of value a checked cell holds, and none. */
const valueOf = (n: number): TypedValue | undefined =>
  [
    { type: "number", value: n / 4 } as const,
    { type: "number", value: 0 } as const,
    { type: "text", text: `ghi chú ${n}` } as const,
    { type: "code", code: "x" } as const,
    { type: "pair", a: n, b: n + 1 } as const,
    { type: "date", date: new Date(Date.UTC(2021, 0, 1 + n)) } as const,
    undefined,
  ][n % 7];

/** A sheet's checked cells: the template's input cells moved down by `shift` rows, with values. */
function sheetCells(order: readonly number[], shift: number): CheckedCell[] {
  return order.map((k) => {
    const i = inputs[k];
    const cell: CheckedCell = {
      ref: i.ref,
      rowId: i.rowId,
      columnKey: i.columnKey,
      row: i.row + shift,
      col: i.col,
      rule: i.rule,
      display: `${k + shift}`,
    };
    const value = valueOf(k + shift);
    if (value) cell.value = value;
    return cell;
  });
}

function expectSameAsMap(cells: CheckedCells, list: CheckedCell[]): void {
  const map = new Map(list.map((c) => [c.ref, c]));
  expect(cells.size).toBe(map.size);
  expect([...cells.keys()]).toEqual([...map.keys()]);
  expect([...cells.values()]).toEqual([...map.values()]);
  expect([...cells]).toEqual([...map]);
  for (const c of inputs) {
    expect(cells.has(c.ref)).toBe(map.has(c.ref));
    expect(cells.get(c.ref)).toEqual(map.get(c.ref));
    expect(cells.valueOf(c.ref)).toEqual(map.get(c.ref)?.value);
  }
  expect(cells.get("không-có@c1")).toBeUndefined();
}

describe("the checked cells of a sheet, kept compactly", () => {
  it("answer as the map of the cells they were made from, in the order given", () => {
    const list = sheetCells([...inputs.keys()], 0);
    expect(list.length).toBeGreaterThan(100);
    expectSameAsMap(new CheckedCells(template, list), list);
  });

  it("answer so for later sheets of the template too: rows moved, cells in another order, some missing", () => {
    new CheckedCells(template, sheetCells([...inputs.keys()], 0));
    const reversed = [...inputs.keys()].reverse().filter((k) => k % 5 !== 2);
    const list = sheetCells(reversed, 3);
    expectSameAsMap(new CheckedCells(template, list), list);
    const none = new CheckedCells(template, []);
    expect(none.size).toBe(0);
    expect(none.get(inputs[0].ref)).toBeUndefined();
  });
});
