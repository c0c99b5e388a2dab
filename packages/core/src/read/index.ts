export { type ReadOptions, type ReadResult, readGrid } from "./read-grid.js";
