export * from "./read-cell";
export * from "./parse-number";
export * from "./format";
export * from "./dates";
