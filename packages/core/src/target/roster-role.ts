import type { Form, RosterRole } from "../form/schema.js";
import { RosterRole as RosterRoleSchema } from "../form/schema.js";
import type { RosterEntry } from "../report/report.js";
import { normalizeLabel } from "../text/index.js";

/**
 * The role of a roster person: the role code itself (`TTV_CC`, what readRoster gives), else the
 * text of the Loại column matched against the form's role labels (`TTV cốt cán`).
 */
export function rosterRoleOf(entry: RosterEntry, form?: Form): RosterRole | undefined {
  if (entry.role === undefined) return undefined;
  const code = RosterRoleSchema.safeParse(entry.role.trim());
  if (code.success) return code.data;
  const key = normalizeLabel(entry.role);
  return form?.roster?.roles.find((r) => r.labels.some((label) => normalizeLabel(label) === key))?.role;
}
