import type { Hierarchy } from "../hierarchy/index.js";

/** Whether `code` sits somewhere below `root` in the hierarchy (not `root` itself). */
export function isUnder(hierarchy: Hierarchy, code: string, root: string): boolean {
  // Up the chain of parents without building the list of ancestors: asked once per report.
  // The depth bound stops at a cycle, which Hierarchy.build refuses anyway.
  let parent = hierarchy.unit(code)?.parent;
  for (let depth = 0; parent !== undefined && depth <= hierarchy.units.length; depth++) {
    if (parent === root) return hierarchy.unit(parent) !== undefined;
    parent = hierarchy.unit(parent)?.parent;
  }
  return false;
}
