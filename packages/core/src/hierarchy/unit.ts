/**
 * A unit (đơn vị) that reports: a provincial committee (Tỉnh ủy), a city committee (Thành ủy), a
 * bloc committee (Đảng ủy Khối), a commune committee (Đảng ủy xã)…
 */
export interface Unit {
  readonly code: string;
  readonly name: string;
  /** Loại: "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy Khối", "Đảng ủy xã"… Free text. */
  readonly kind: string;
  /** Code of the superior unit (cấp trên); none for a root. */
  readonly parent?: string;
  /** First day the unit exists (hiệu lực từ), ISO, inclusive. */
  readonly validFrom?: string;
  /** Last day the unit exists (hiệu lực đến), ISO, inclusive. */
  readonly validTo?: string;
  /** Other names its sheets use (tên khác): "Đảng ủy Khối CCQ tỉnh". */
  readonly aliases: readonly string[];
  /** Code of the unit it merged into after validTo (sáp nhập vào), e.g. a district committee ended 30/6/2025. */
  readonly successor?: string;
}

export type UnitInput = Omit<Unit, "aliases"> & { readonly aliases?: readonly string[] };

/** Whether the unit exists on an ISO date. */
export const isValidOn = (unit: Unit, date: string): boolean =>
  (unit.validFrom === undefined || unit.validFrom <= date) &&
  (unit.validTo === undefined || unit.validTo >= date);
