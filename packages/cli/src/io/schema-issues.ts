import type { Text } from "../i18n.js";

/**
 * One problem a zod schema found in a user's JSON: the parts of zod 4's issue the message uses.
 * zod's own messages are English and name types as JavaScript does; these say, in the user's
 * language, where in the file and what is expected there.
 */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  /** A discriminated union's accepted tags. */
  readonly options?: readonly unknown[];
  readonly errors?: readonly (readonly SchemaIssue[])[];
  readonly keys?: readonly string[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
}

/** Where in the file: `[0].measure.goal` (items of a list by their index from 0), or the whole file. */
export function schemaPath(path: readonly PropertyKey[]): Text {
  if (path.length === 0) return { vi: "(toàn tệp)", en: "(whole file)" };
  const text = path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
  return { vi: text, en: text };
}

/** The value found at `path` in `input`, or undefined when it is not there. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPES: Readonly<Record<string, Text>> = {
  string: { vi: "một chuỗi chữ (trong dấu nháy kép)", en: "a string (in double quotes)" },
  number: { vi: "một số", en: "a number" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  object: { vi: "một đối tượng {…}", en: "an object {…}" },
  array: { vi: "một mảng […]", en: "an array […]" },
};

const typeName = (type: string): Text => TYPES[type] ?? { vi: type, en: type };

/** What the user wrote, as the kind of JSON value it is. */
function kindOf(value: unknown): Text {
  if (value === null) return { vi: "null", en: "null" };
  if (Array.isArray(value)) return TYPES.array!;
  if (typeof value === "string") return { vi: "một chuỗi chữ", en: "a string" };
  return typeName(typeof value);
}

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

const bound = (issue: SchemaIssue, atLeast: boolean): Text => {
  const n = String(atLeast ? issue.minimum : issue.maximum);
  if (issue.origin === "string") {
    if (atLeast && n === "1") return { vi: "không được để trống", en: "must not be empty" };
    return atLeast
      ? { vi: `cần ít nhất ${n} ký tự`, en: `needs at least ${n} characters` }
      : { vi: `dài quá ${n} ký tự`, en: `is longer than ${n} characters` };
  }
  if (issue.origin === "array" || issue.origin === "set") {
    return atLeast
      ? { vi: `cần ít nhất ${n} phần tử`, en: `needs at least ${n} items` }
      : { vi: `có quá ${n} phần tử`, en: `has more than ${n} items` };
  }
  const sign = atLeast ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
  return { vi: `phải ${sign} ${n}`, en: `must be ${sign} ${n}` };
};

/** What a value or a union accepts: its values, or its types (an operand: a number, a code or a list of codes). */
function allowedOf(issue: SchemaIssue): Text | undefined {
  const values = issue.values ?? issue.options;
  if (values !== undefined) {
    return { vi: `một trong: ${quoted(values)}`, en: `one of: ${quoted(values)}` };
  }
  const types = (issue.errors ?? []).flatMap((e) => (e[0]?.expected === undefined ? [] : [e[0].expected]));
  if (types.length === 0) return undefined;
  const names = types.map(typeName);
  return { vi: names.map((t) => t.vi).join(" hoặc "), en: names.map((t) => t.en).join(" or ") };
}

/** What is wrong at the issue's place, and what is expected there. */
function problem(issue: SchemaIssue, input: unknown): Text {
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeName(issue.expected ?? "");
      if (found === undefined)
        return { vi: `thiếu; cần ${expected.vi}`, en: `missing; expected ${expected.en}` };
      const got = kindOf(found);
      return {
        vi: `cần ${expected.vi}, không phải ${got.vi}`,
        en: `expected ${expected.en}, not ${got.en}`,
      };
    }
    case "invalid_value":
    case "invalid_union": {
      const expected = allowedOf(issue);
      if (found === undefined) {
        return expected === undefined
          ? { vi: "thiếu", en: "missing" }
          : { vi: `thiếu; cần ${expected.vi}`, en: `missing; expected ${expected.en}` };
      }
      const wrote = JSON.stringify(found);
      return expected === undefined
        ? { vi: `giá trị ${wrote} không hợp lệ`, en: `the value ${wrote} is not allowed` }
        : {
            vi: `giá trị ${wrote} không hợp lệ; cần ${expected.vi}`,
            en: `the value ${wrote} is not allowed; expected ${expected.en}`,
          };
    }
    case "too_small":
      return bound(issue, true);
    case "too_big":
      return bound(issue, false);
    case "unrecognized_keys": {
      const keys = quoted(issue.keys ?? []);
      return { vi: `có khóa không dùng được: ${keys}`, en: `has keys that are not allowed: ${keys}` };
    }
    default:
      return { vi: `không hợp lệ (${issue.message})`, en: issue.message };
  }
}

/**
 * The problems of a JSON file checked against a schema, one line each (`\n  - path: problem`),
 * the first `max` of them and how many more, in both languages.
 */
export function schemaIssuesText(issues: readonly SchemaIssue[], input: unknown, max = 10): Text {
  const lines = issues.slice(0, max).map((issue) => {
    const where = schemaPath(issue.path);
    const what = problem(issue, input);
    return { vi: `\n  - ${where.vi}: ${what.vi}`, en: `\n  - ${where.en}: ${what.en}` };
  });
  const more = issues.length - lines.length;
  return {
    vi: lines.map((l) => l.vi).join("") + (more > 0 ? `\n  - … và ${more} lỗi khác` : ""),
    en: lines.map((l) => l.en).join("") + (more > 0 ? `\n  - … and ${more} more` : ""),
  };
}
