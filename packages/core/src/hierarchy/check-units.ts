import { createIssue, type Issue } from "../issue/issue.js";
import type { UnitInput } from "./unit.js";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What makes a list of units unusable as a hierarchy: duplicate codes, parents or successors that
 * are not in the list, cycles of parents, dates that are not ISO or end before they start. One
 * issue per problem, each naming the codes.
 */
export function checkUnits(units: readonly UnitInput[]): Issue[] {
  const issues: Issue[] = [];
  const byCode = new Map<string, UnitInput[]>();
  for (const unit of units) {
    const same = byCode.get(unit.code);
    if (same) same.push(unit);
    else byCode.set(unit.code, [unit]);
  }

  for (const [code, same] of byCode) {
    if (same.length < 2) continue;
    const names = same
      .slice(0, 5)
      .map((u) => u.name)
      .join("; ")
      .concat(same.length > 5 ? "; …" : "");
    issues.push(
      createIssue({
        code: "HIERARCHY.DUPLICATE_CODE",
        severity: "error",
        unit: code,
        vi: `Mã đơn vị "${code}" bị trùng: ${same.length} đơn vị dùng mã này (${names}). Hãy đặt cho mỗi đơn vị một mã riêng, hoặc xóa dòng trùng.`,
        en: `Unit code "${code}" is used by ${same.length} units (${names}). Give each unit its own code, or delete the repeated row.`,
      }),
    );
  }

  for (const unit of units) {
    if (unit.parent !== undefined && !byCode.has(unit.parent)) {
      issues.push(
        createIssue({
          code: "HIERARCHY.UNKNOWN_PARENT",
          severity: "error",
          unit: unit.code,
          vi: `Đơn vị "${unit.code}" (${unit.name}) có mã cấp trên "${unit.parent}" không có trong danh sách. Hãy sửa mã cấp trên, hoặc thêm đơn vị cấp trên vào danh sách.`,
          en: `Unit "${unit.code}" (${unit.name}) has parent code "${unit.parent}", which is not in the list. Correct the parent code, or add the parent unit to the list.`,
        }),
      );
    }
    if (unit.successor !== undefined && !byCode.has(unit.successor)) {
      issues.push(
        createIssue({
          code: "HIERARCHY.UNKNOWN_SUCCESSOR",
          severity: "error",
          unit: unit.code,
          vi: `Đơn vị "${unit.code}" (${unit.name}) sáp nhập vào mã "${unit.successor}" không có trong danh sách. Hãy sửa mã này, hoặc thêm đơn vị đó vào danh sách.`,
          en: `Unit "${unit.code}" (${unit.name}) merges into code "${unit.successor}", which is not in the list. Correct the code, or add that unit to the list.`,
        }),
      );
    }
    issues.push(...dateIssues(unit));
  }

  issues.push(...cycleIssues(units, byCode));
  return issues;
}

function dateIssues(unit: UnitInput): Issue[] {
  const issues: Issue[] = [];
  for (const [field, vi] of [
    ["validFrom", "Hiệu lực từ"],
    ["validTo", "Hiệu lực đến"],
  ] as const) {
    const value = unit[field];
    if (value !== undefined && !isoDate.test(value)) {
      issues.push(
        createIssue({
          code: "HIERARCHY.BAD_DATE",
          severity: "error",
          unit: unit.code,
          vi: `Đơn vị "${unit.code}": "${vi}" = "${value}" không phải ngày dạng yyyy-mm-dd.`,
          en: `Unit "${unit.code}": ${field} "${value}" is not a yyyy-mm-dd date.`,
        }),
      );
    }
  }
  if (unit.validFrom !== undefined && unit.validTo !== undefined && unit.validFrom > unit.validTo) {
    issues.push(
      createIssue({
        code: "HIERARCHY.BAD_DATE",
        severity: "error",
        unit: unit.code,
        vi: `Đơn vị "${unit.code}": hiệu lực đến ${unit.validTo} trước hiệu lực từ ${unit.validFrom}.`,
        en: `Unit "${unit.code}": validTo ${unit.validTo} is before validFrom ${unit.validFrom}.`,
      }),
    );
  }
  return issues;
}

/** Each cycle of parent links once, named by its codes in order ("A → B → A"). */
function cycleIssues(units: readonly UnitInput[], byCode: ReadonlyMap<string, UnitInput[]>): Issue[] {
  const issues: Issue[] = [];
  const done = new Set<string>();
  for (const unit of units) {
    const path: string[] = [];
    // A set beside the path: a chain of thousands of units is walked in linear time.
    const onPath = new Set<string>();
    let code: string | undefined = unit.code;
    while (code !== undefined && !done.has(code) && !onPath.has(code)) {
      path.push(code);
      onPath.add(code);
      code = byCode.get(code)?.[0]?.parent;
    }
    if (code !== undefined && onPath.has(code)) {
      const cycle = [...path.slice(path.indexOf(code)), code].join(" → ");
      issues.push(
        createIssue({
          code: "HIERARCHY.CYCLE",
          severity: "error",
          unit: code,
          vi: `Quan hệ cấp trên tạo thành vòng lặp: ${cycle}. Hãy sửa cột “Mã cấp trên” để không đơn vị nào là cấp trên của chính nó.`,
          en: `Parent links form a cycle: ${cycle}. Correct the parent codes so that no unit is above itself.`,
        }),
      );
    }
    for (const seen of path) done.add(seen);
  }
  return issues;
}
