import { formatNumberVi } from "../numbers/format";

export { foldWord } from "../text/fold";

/** Number style of messages: Vietnamese "1.234,5" or English "1,234.5". */
export type NumberStyle = "vi" | "en";

export function formatNumber(n: number, style: NumberStyle): string {
  return style === "vi" ? formatNumberVi(n) : n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
