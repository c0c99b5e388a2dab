/**
 * @tonghop/core: check, total and consolidate reports on oral propaganda work (tuyên truyền miệng)
 * and reporter activity (hoạt động báo cáo viên). Pure: no I/O, no DOM, no Office.js.
 */
export * from "./aggregate/index.js";
export * from "./form/index.js";
export * from "./grid/index.js";
export * from "./hierarchy/index.js";
export * from "./issue/index.js";
export * from "./layout/index.js";
export * from "./number/index.js";
export * from "./period/index.js";
export * from "./read/index.js";
export * from "./report/index.js";
export * from "./roster/index.js";
export * from "./target/index.js";
export * from "./text/index.js";
export * from "./total/index.js";
export * from "./validate/index.js";
export * from "./workbook/index.js";
