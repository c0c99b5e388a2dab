import type { Form, RosterRole } from "../form/schema.js";
import { foldedKey } from "../read/keys.js";

/**
 * The role (Loại) a roster cell names, by the form's role labels: word for word ("BCV cấp tỉnh",
 * "Tuyên truyền viên cốt cán"), else the one role whose longest label the cell contains
 * ("Báo cáo viên cấp tỉnh (kiêm nhiệm)"). Undefined when none or two roles fit equally.
 */
export function rosterRoleOf(form: Form, text: string): RosterRole | undefined {
  const key = foldedKey(text);
  if (key === "" || !form.roster) return undefined;
  const labels = form.roster.roles.flatMap((r) =>
    r.labels.map((label) => ({ role: r.role, key: foldedKey(label) })),
  );
  const exact = new Set(labels.filter((l) => l.key === key).map((l) => l.role));
  if (exact.size > 0) return exact.size === 1 ? [...exact][0] : undefined;
  const inside = labels.filter((l) => l.key !== "" && ` ${key} `.includes(` ${l.key} `));
  const longest = Math.max(0, ...inside.map((l) => l.key.length));
  const roles = new Set(inside.filter((l) => l.key.length === longest).map((l) => l.role));
  return roles.size === 1 ? [...roles][0] : undefined;
}

/** The label a message uses for a role: the form's first. */
export function roleLabel(form: Form, role: RosterRole): string {
  return form.roster?.roles.find((r) => r.role === role)?.labels[0] ?? role;
}
