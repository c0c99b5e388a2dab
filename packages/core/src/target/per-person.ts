import type { TargetMeasure } from "../form/schema.js";
import { decimal, type MeasureContext, type Measurement } from "./measurement.js";
import { measurePerCapita } from "./per-capita.js";
import type { TargetPerson } from "./result.js";
import { rosterRoleOf } from "./roster-role.js";

type PerPersonMeasure = Extract<TargetMeasure, { kind: "perPerson" }>;

/**
 * Each person of these roles gives at least minSessions a year: judged person by person on the
 * roster (actual = persons who met the prorated minimum, expected = persons of the roles). With
 * no roster, or a roster with nobody of these roles, the report's aggregate figures stand in
 * (the measure's fallback), which can hide one person's shortfall behind another's surplus.
 */
export function measurePerPerson(measure: PerPersonMeasure, context: MeasureContext): Measurement {
  const roles = new Set<string>(measure.roles);
  const people = (context.roster ?? []).flatMap((entry) => {
    const role = rosterRoleOf(entry, context.form);
    return role !== undefined && roles.has(role) ? [{ entry, role }] : [];
  });
  if (people.length === 0) return measurePerCapita(measure.fallback, context, "aggregate");
  if (context.months === undefined) {
    return {
      basis: "roster",
      actual: null,
      expected: null,
      annual: null,
      towardsAnnual: null,
      approximate: false,
      missing: ["period"],
    };
  }
  const months = context.months;
  // sessions ≥ minSessions × months / 12, cross-multiplied to stay exact.
  const reaches = (sessions: number | null, over: number) =>
    sessions !== null && decimal(sessions).times(12).gte(decimal(measure.minSessions).times(over));
  const persons: TargetPerson[] = people.map(({ entry, role }) => ({
    name: entry.name,
    ...(entry.unit === undefined ? {} : { unit: entry.unit }),
    role,
    sessions: entry.sessions,
    met: reaches(entry.sessions, months),
  }));
  const total = decimal(persons.length);
  return {
    basis: "roster",
    actual: decimal(persons.filter((p) => p.met).length),
    expected: total,
    annual: total,
    towardsAnnual: decimal(persons.filter((p) => reaches(p.sessions, 12)).length),
    approximate: false,
    missing: [],
    persons,
  };
}
