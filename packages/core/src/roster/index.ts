export { checkRoster } from "./check-roster.js";
export { isRosterGrid, type RosterOptions, type RosterResult, readRoster } from "./read-roster.js";
