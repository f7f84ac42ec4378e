/**
 * What the "Kiểm tra" command shows in its dialog, carried in the dialog's URL: the command runs in a hidden page
 * and the dialog is another page, so the text travels as base64url UTF-8 JSON (compact, and safe in a query).
 */
export interface CheckSummary {
  title: string;
  lines: string[];
  /** The close button's label, in the UI language. */
  close: string;
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

export function encodeSummary(summary: CheckSummary): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(summary)));
}

export function decodeSummary(text: string): CheckSummary {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)))) as CheckSummary;
}
