import { fileLabel, XlsxError } from "../error.js";
import { CLOSE, XmlScanner } from "../xml/scanner.js";

/** A relationship from a part's `.rels` part, its target resolved to an entry name in the archive. */
export interface Relationship {
  readonly id: string;
  /** The relationship type URI; compare by its last segment (`/worksheet`), as strict and transitional URIs differ. */
  readonly type: string;
  readonly target: string;
}

/** A scanner that refuses the part at the first DTD declaration. */
export function scan(xml: string, part: string, file: string | undefined): XmlScanner {
  return new XmlScanner(xml, () => {
    const { vi, en } = fileLabel(file);
    throw new XlsxError(
      "XLSX.DTD",
      `${vi} chứa khai báo DOCTYPE/ENTITY (trong ${part}), điều Excel không bao giờ tạo ra; tệp bị từ chối vì lý do an toàn. Hãy mở bằng Excel, lưu lại rồi gửi lại, hoặc xin đơn vị gửi lại tệp.`,
      `${en} holds a DOCTYPE/ENTITY declaration (in ${part}), which Excel never writes; it is refused for safety. Open it in Excel and save it again, or ask the unit to send it again.`,
      { file },
    );
  });
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's is `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const RELATIONSHIP_ATTRIBUTES = ["TargetMode", "Id", "Type", "Target"];

export function readRelationships(xml: string | undefined, source: string, file?: string): Relationship[] {
  if (xml === undefined) return [];
  const relsPart = source === "" ? "_rels/.rels" : relsPartOf(source);
  const sc = scan(xml, relsPart, file);
  const out: Relationship[] = [];
  const attributes: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  while (sc.next()) {
    if (sc.name !== "Relationship" || sc.kind === CLOSE) continue;
    sc.attrs(RELATIONSHIP_ATTRIBUTES, attributes);
    const [targetMode, id, type, target] = attributes;
    if (targetMode === "External") continue;
    if (id === undefined || type === undefined || target === undefined) continue;
    const resolved = resolveTarget(source, target);
    if (resolved !== undefined) out.push({ id, type, target: resolved });
  }
  return out;
}

export const isType = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`);

/**
 * Resolves a relationship target against its source part, inside the archive's own name space:
 * a target that climbs above the root resolves to nothing, so nothing outside the known parts is read.
 */
export function resolveTarget(source: string, target: string): string | undefined {
  // The usual target (`worksheets/sheet1.xml`): nothing to decode, no segment to drop or climb.
  if (isPlainTarget(target)) return source.slice(0, source.lastIndexOf("/") + 1) + target;
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target with a stray % is used as written.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  const segments = [...base];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length > 0 ? segments.join("/") : undefined;
}

/** A relative target without `%`, empty segments, `.` or `..`: it resolves by joining. */
function isPlainTarget(target: string): boolean {
  if (target === "" || target.includes("%") || target.startsWith("/") || target.endsWith("/")) return false;
  if (target.includes("//") || target === "." || target === "..") return false;
  if (target.startsWith("./") || target.startsWith("../")) return false;
  return !(
    target.includes("/./") ||
    target.includes("/../") ||
    target.endsWith("/.") ||
    target.endsWith("/..")
  );
}
