/**
 * Whether the tests run under CI (`CI` set, and not to "" or "false"): there a test that needs a
 * real tool (LibreOffice, valgrind) fails when the tool is missing instead of being skipped.
 */
export const underCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
