/** A table the user already has -> a template definition (DESIGN.md sections 3 and 4). */
export { defineTemplate, templateIdOf, type DefineOptions, type DefineResult, type InferredIndicator } from "./define";
export { legendRule, parseLegend, ruleFromHeader, ruleFromLabel, ruleFromUnit } from "./kinds";
export {
  defineProblemMessage,
  kindName,
  legendText,
  ruleName,
  tableFailureMessage,
  type DefineProblem,
} from "./messages";
