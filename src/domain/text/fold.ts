/**
 * Vietnamese text compared loosely: "Không đạt", "KHONG DAT" and "không  đạt" (NFD from macOS) are one word.
 * Used where users type words we must recognise (codes, Đạt/Không đạt, periods), not for labels.
 */
export function foldWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
