import type { Hierarchy } from "../hierarchy/index.js";

/** Whether `code` sits somewhere below `root` in the hierarchy (not `root` itself). */
export function isUnder(hierarchy: Hierarchy, code: string, root: string): boolean {
  return hierarchy.ancestors(code).some((u) => u.code === root);
}
