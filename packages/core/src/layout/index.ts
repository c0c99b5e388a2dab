export {
  CONSOLIDATED_SHEET_NAMES,
  type ConsolidatedLayoutOptions,
  type ConsolidatedSheetNames,
  consolidatedWorkbookLayout,
} from "./consolidated-workbook.js";
export {
  type ConsolidationFacts,
  type ConsolidationFactsOptions,
  consolidationFacts,
} from "./consolidation-facts.js";
export { issuerOf } from "./issuer.js";
export { type Issuer, partyOrganisationOf, placeOf } from "./party-heading.js";
export type { NotTakenFile, UnreadableFile } from "./submission-sheet.js";
export { TEMPLATE_SHEET, type TemplateLayoutOptions, templateLayout } from "./template-workbook.js";
