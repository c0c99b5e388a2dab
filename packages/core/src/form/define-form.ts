import { TonghopError } from "../issue/error.js";
import { createIssue, type Issue } from "../issue/issue.js";
import { operandCodes } from "../report/values.js";
import { type Form, FormDefinition, type FormInput, type Indicator, type Operand } from "./schema.js";

const defaultAggregate = {
  stock: { units: "sum", time: "last" },
  flow: { units: "sum", time: "sum" },
  derived: { units: "none", time: "none" },
} as const;

function formProblem(path: string, vi: string, en: string): Issue {
  return createIssue({ code: "FORM.INVALID", severity: "error", vi: `${path}: ${vi}`, en: `${path}: ${en}` });
}

function checkReferences(form: Form): Issue[] {
  const problems: Issue[] = [];
  const codes = new Map<string, number>();
  form.indicators.forEach((indicator, i) => {
    if (codes.has(indicator.code)) {
      problems.push(
        formProblem(
          `indicators[${i}]`,
          `mã chỉ tiêu ${indicator.code} bị trùng`,
          `indicator code ${indicator.code} is used twice`,
        ),
      );
    }
    codes.set(indicator.code, i);
  });
  const known = (code: string, path: string) => {
    if (!codes.has(code)) {
      problems.push(formProblem(path, `không có chỉ tiêu mã ${code}`, `no indicator has the code ${code}`));
    }
  };
  const sections = new Set(form.sections.map((s) => s.id));
  form.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}] (${indicator.code})`;
    if (!sections.has(indicator.section)) {
      problems.push(
        formProblem(path, `không có mục ${indicator.section}`, `no section has the id ${indicator.section}`),
      );
    }
    if (indicator.parent !== undefined) {
      known(indicator.parent, `${path}.parent`);
      if (indicator.relation === undefined) {
        problems.push(
          formProblem(
            path,
            "có chỉ tiêu cha thì phải nói quan hệ: sum (gồm) hoặc partOf (trong đó)",
            "an indicator with a parent needs a relation: sum (gồm) or partOf (trong đó)",
          ),
        );
      }
    }
    if (indicator.kind === "derived" && indicator.derive === undefined) {
      problems.push(
        formProblem(path, "chỉ tiêu tính toán cần công thức (derive)", "a derived indicator needs `derive`"),
      );
    }
    if (indicator.derive) {
      known(indicator.derive.numerator, `${path}.derive.numerator`);
      known(indicator.derive.denominator, `${path}.derive.denominator`);
    }
  });
  // A parent chain that loops would make totals recurse forever.
  for (const indicator of form.indicators) {
    const seen = new Set<string>();
    let current: Indicator | undefined = indicator;
    while (current?.parent !== undefined) {
      if (seen.has(current.code)) {
        problems.push(
          formProblem(
            `indicators (${indicator.code})`,
            "quan hệ cha con bị vòng lặp",
            "the parent chain loops back on itself",
          ),
        );
        break;
      }
      seen.add(current.code);
      const next = codes.get(current.parent);
      current = next === undefined ? undefined : form.indicators[next];
    }
  }
  form.rules.forEach((rule, i) => {
    if (rule.type !== "compare") return;
    for (const c of [...rule.when, ...rule.assert]) {
      for (const code of [...operandCodes(c.left), ...operandCodes(c.right)])
        known(code, `rules[${i}] (${rule.id})`);
    }
  });
  form.targets.forEach((target, i) => {
    const m = target.measure;
    const operands: Operand[] =
      m.kind === "rate"
        ? [m.numerator, m.denominator]
        : m.kind === "perCapita"
          ? [m.actual, m.heads]
          : m.kind === "perPerson"
            ? [m.fallback.actual, m.fallback.heads]
            : [m.actual];
    for (const code of operands.flatMap(operandCodes)) known(code, `targets[${i}] (${target.id})`);
  });
  form.roster?.checks.forEach((check, i) => {
    known(check.indicator, `roster.checks[${i}]`);
  });
  return problems;
}

/**
 * Checks a form definition and returns it with defaults filled in. Throws a {@link TonghopError}
 * (`FORM.INVALID`) whose issues say, path by path, what is wrong.
 */
export function defineForm(input: FormInput | unknown): Form {
  const parsed = FormDefinition.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((e) =>
      formProblem(e.path.join(".") || "(gốc)", e.message, e.message),
    );
    throw new TonghopError(
      "FORM.INVALID",
      `Định nghĩa mẫu biểu không hợp lệ: ${issues.map((i) => i.message).join("; ")}`,
      `The form definition is not valid: ${issues.map((i) => i.messageEn).join("; ")}`,
      issues,
    );
  }
  const form: Form = {
    ...parsed.data,
    indicators: parsed.data.indicators.map((indicator) => ({
      ...indicator,
      aggregate: indicator.aggregate ?? { ...defaultAggregate[indicator.kind] },
    })),
  };
  const problems = checkReferences(form);
  if (problems.length > 0) {
    throw new TonghopError(
      "FORM.INVALID",
      `Định nghĩa mẫu biểu không hợp lệ: ${problems.map((i) => i.message).join("; ")}`,
      `The form definition is not valid: ${problems.map((i) => i.messageEn).join("; ")}`,
      problems,
    );
  }
  return deepFreeze(form);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
