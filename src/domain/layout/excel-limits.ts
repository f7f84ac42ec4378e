/** Excel's own limits on what one cell and one sheet may hold (Microsoft's "Excel specifications and limits"). */
export const EXCEL_LIMITS = {
  /** Characters in one cell. */
  cellChars: 32_767,
  /** Line feeds in one cell. */
  cellLineFeeds: 253,
  /** Characters of a sheet name. */
  sheetNameChars: 31,
  rows: 1_048_576,
  columns: 16_384,
} as const;
