/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and line feed (ESC starts the
 * sequences that retitle a terminal or rewrite the screen, CR overwrites a line), DEL, C1 controls, and the
 * bidirectional overrides and line separators that make text read differently from what it holds.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text fit to print on a terminal: every such character shown as its \uXXXX escape. Names and values from
 * received files end up in the CLI's output; a unit named "ESC]0;...BEL" must not retitle the consolidator's
 * window. JSON stays valid and means the same: JSON.stringify already escapes C0 controls, and \uXXXX is how
 * JSON writes any other character.
 */
export function terminalText(text: string): string {
  return text.replace(ACTIVE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}
