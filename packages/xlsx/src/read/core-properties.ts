import { detached } from "../xml/detach.js";
import { OPEN } from "../xml/scanner.js";
import { scan } from "./parts.js";

/** Document properties from docProps/core.xml, as stored (dates are W3C date-time text, `2024-06-30T08:00:00Z`). */
export interface WorkbookProperties {
  readonly created?: string;
  readonly modified?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
}

const FIELDS = ["created", "modified", "creator", "lastModifiedBy"] as const;

const isField = (name: string): name is (typeof FIELDS)[number] =>
  (FIELDS as readonly string[]).includes(name);

export function readCoreProperties(xml: string | undefined, part: string, file?: string): WorkbookProperties {
  const out: Record<string, string> = {};
  if (xml === undefined) return out;
  const sc = scan(xml, part, file);
  while (sc.next()) {
    if (sc.kind !== OPEN) continue;
    const field = sc.name;
    if (!isField(field)) continue;
    const text = sc.text().trim();
    if (text !== "") out[field] = detached(text);
  }
  return out;
}
