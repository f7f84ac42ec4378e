import { catalog } from "../../../src/domain/catalog";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import type { SheetLayout } from "../../../src/domain/layout/model";

/** The Khánh Hòa periodic report (Phụ lục 2), laid out for a real unit and period. */
export function periodicLayout(): SheetLayout {
  const entry = catalog().get("kh-dinhky-pl2");
  if (!entry) throw new Error("no template kh-dinhky-pl2");
  return buildLayout(entry.template, {
    unit: "Ban Quản lý Khu du lịch bán đảo Cam Ranh",
    period: "6 tháng đầu năm 2021",
  });
}

/** A layout whose body is repeated until it has at least `bodyRows` rows, everything under it moved down. */
export function tallLayout(layout: SheetLayout, bodyRows: number): SheetLayout {
  const { firstRow, lastRow } = layout.body;
  const height = lastRow - firstRow + 1;
  const copies = Math.ceil(bodyRows / height) - 1;
  const shift = copies * height;
  const below = (row: number) => (row > lastRow ? row + shift : row);
  const inBody = (row: number) => row >= firstRow && row <= lastRow;
  const repeat = <T extends { row: number }>(items: T[]) => [
    ...items.map((i) => ({ ...i, row: below(i.row) })),
    ...Array.from({ length: copies }, (_, k) =>
      items.filter((i) => inBody(i.row)).map((i) => ({ ...i, row: i.row + (k + 1) * height })),
    ).flat(),
  ];
  return {
    ...layout,
    cells: repeat(layout.cells),
    rows: repeat(layout.rows),
    inputs: repeat(layout.inputs),
    merges: layout.merges.map((m) => (m.top > lastRow ? { ...m, top: m.top + shift, bottom: m.bottom + shift } : m)),
    print: { ...layout.print, area: { ...layout.print.area, bottom: layout.print.area.bottom + shift } },
    body: { firstRow, lastRow: lastRow + shift },
  };
}
