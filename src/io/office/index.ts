/** The workbook port over Office.js (the Excel JavaScript API): batched reads and writes of the open workbook. */
export { OFFICE_ERROR_MESSAGES, OfficeError, toOfficeError, type OfficeErrorKind } from "./errors";
export { clearMarks, markCells, MARK_TAG, selectCell } from "./marks";
export { readGrid, readWorkbookGrids } from "./read-grid";
export { hasRequirements, REQUIRED_EXCEL_API } from "./requirements";
export { writeLayout, writeLayouts } from "./write-layout";
