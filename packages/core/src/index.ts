/**
 * @tonghop/core: check, total and consolidate reports on oral propaganda work (tuyên truyền miệng)
 * and reporter activity (hoạt động báo cáo viên). Pure: no I/O, no DOM, no Office.js.
 */
export * from "./form/index.js";
export * from "./grid/index.js";
export * from "./issue/index.js";
export * from "./report/index.js";
