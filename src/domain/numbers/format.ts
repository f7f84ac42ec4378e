/**
 * Numbers and dates written the Vietnamese way for messages: "." groups thousands, "," marks decimals,
 * dates day first.
 */

/** Rounds away binary float noise (0.95 * 100 = 94.99999999999999) without touching real digits. */
export function roundNoise(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** Rounds half away from zero at `decimals` places; decimal-string shifting avoids 1.005 -> 1.00. */
function roundTo(n: number, decimals: number): number {
  if (!/e/i.test(String(n))) {
    const shifted = Math.round(Math.abs(Number(`${Math.abs(n)}e${decimals}`)));
    return Math.sign(n) * Number(`${shifted}e-${decimals}`);
  }
  return Number(n.toFixed(decimals));
}

/** 1234.5 -> "1.234,5"; -1234567 -> "-1.234.567"; 0.125 -> "0,13" (at most `maxDecimals`, no trailing zeros). */
export function formatNumberVi(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const decimals = Math.min(20, Math.max(0, Math.floor(maxDecimals)));
  const rounded = roundTo(n, decimals);
  // Beyond 1e21 toFixed switches to exponent notation; such values never come from a sheet we check.
  if (Math.abs(rounded) >= 1e21) return String(rounded);
  const [intPart, fracPart = ""] = Math.abs(rounded).toFixed(decimals).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = fracPart.replace(/0+$/, "");
  const sign = rounded < 0 && (grouped !== "0" || frac !== "") ? "-" : "";
  return `${sign}${grouped}${frac ? `,${frac}` : ""}`;
}

/** A stored number as it would be quoted back in a message, without thousands dots: 1234.5 -> "1234,5". */
export function formatNumberPlainVi(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(roundNoise(n)).replace(".", ",");
}

/** A UTC date as dd/mm/yyyy. */
export function formatDateVi(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${String(d.getUTCFullYear()).padStart(4, "0")}`;
}
