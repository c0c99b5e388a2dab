/**
 * What the running Excel can do, from its requirement sets (ExcelApi 1.x). The manifest asks for
 * ExcelApi 1.3; everything newer is detected here and degrades with a message, never a crash.
 */
export interface Capabilities {
  /** 1.4: workbook settings, where the cells' own fills and notes are saved before marking. */
  readonly settings: boolean;
  /** 1.9: getCellProperties/setCellProperties: fill colour and pattern saved and restored exactly. */
  readonly cellProperties: boolean;
  /** 1.10: threaded comments, used as notes where 1.18 notes are missing. */
  readonly comments: boolean;
  /** 1.18: notes (ghi chú), what the CLI also writes. */
  readonly notes: boolean;
  /** 1.2: column widths and merged title cells for sheets the add-in writes. */
  readonly layout: boolean;
  /** 1.7: frozen panes and tab colours of sheets the add-in writes. */
  readonly panes: boolean;
  /** 1.9: indented labels (children under their parent) of sheets the add-in writes. */
  readonly indent: boolean;
}

export type NoteMode = "notes" | "comments" | "none";

/** The subset of `Office.context.requirements` this module needs. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function detectCapabilities(requirements: RequirementChecker): Capabilities {
  const excel = (version: string) => requirements.isSetSupported("ExcelApi", version);
  return {
    settings: excel("1.4"),
    cellProperties: excel("1.9"),
    comments: excel("1.10"),
    notes: excel("1.18"),
    layout: excel("1.2"),
    panes: excel("1.7"),
    indent: excel("1.9"),
  };
}

/** Notes where the host has them, else threaded comments, else none (fills only). */
export function noteMode(capabilities: Capabilities): NoteMode {
  if (capabilities.notes) return "notes";
  if (capabilities.comments) return "comments";
  return "none";
}
