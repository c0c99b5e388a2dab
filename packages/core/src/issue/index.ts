export { isTonghopError, TonghopError } from "./error.js";
export {
  createIssue,
  hasErrors,
  type Issue,
  type IssueFix,
  type IssueInput,
  type Severity,
  sortIssues,
} from "./issue.js";
