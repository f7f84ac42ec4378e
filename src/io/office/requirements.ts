/**
 * The Excel JavaScript API requirement set the add-in needs, declared in manifest.xml and checked at run time.
 * 1.9 is the highest set any call of src/io/office uses: the page layout (A4 landscape, fit to width, print area
 * and title rows), RangeFormat.indentLevel, Worksheet.getRanges (several areas marked at once) and
 * Application.suspendScreenUpdatingUntilNextSync are ExcelApi 1.9; data validation, Worksheet.showGridlines and
 * Workbook.readOnly are 1.8, frozen panes, getRangeByIndexes and workbook protection 1.7, conditional formats 1.6.
 */
export const REQUIRED_EXCEL_API = "1.9";

/** Whether the host runs the Excel API the add-in needs (false outside Excel, e.g. the standalone page). */
export function hasRequirements(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API) === true
  );
}
