import type { UserDefinition } from "../../src/domain/catalog/definitions";
import { gridFromRows } from "../../src/domain/grid";
import { draftFrom, finish, type Draft } from "../../src/taskpane/model/define-template";

/** A short table an officer has (one row with a unit of measure that says no kind), as rows of cells. */
export const OWN_TABLE = [
  ["BÁO CÁO KẾT QUẢ TIẾP CÔNG DÂN"],
  ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
  ["1", "Số lượt tiếp công dân", "Lượt"],
  ["2", "Tỷ lệ đơn thư được giải quyết", "%"],
  ["3", "Chiều dài tuyến đường được số hóa", "Km"],
];

/** The pane's draft of that table, as "Tạo mẫu từ tệp…" makes it from tiep-cong-dan.xlsx. */
export function ownDraft(): Draft {
  const made = draftFrom("tiep-cong-dan.xlsx", [gridFromRows("Biểu", OWN_TABLE)], 2026);
  if (!made.ok) throw new Error(made.reason);
  return made.draft;
}

/** The same draft saved: a user definition, through the catalog's schema. */
export function ownDefinition(): UserDefinition {
  const done = finish(ownDraft());
  if (!done.ok) throw new Error(JSON.stringify(done.issues));
  return done.definition;
}
