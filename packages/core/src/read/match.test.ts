import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { labelIndex, matchLabel, type RowMatch } from "./match.js";

const index = labelIndex(ttm01);
const found = (match: RowMatch) =>
  match.kind === "match"
    ? `${match.indicator.code}:${match.by}`
    : match.kind === "ambiguous"
      ? "ambiguous"
      : "none";

describe("matchLabel", () => {
  it.each([
    ["4.1. Do báo cáo viên thực hiện", undefined, "BUOI_BCV:label"],
    ["- Do BCV thực hiện", undefined, "BUOI_BCV:label"],
    ["Do ba\u0301o ca\u0301o viên thư\u0323c hiê\u0323n", undefined, "BUOI_BCV:label"],
    ["Do cấp uỷ cơ sở tổ chức tuyên truyền, quán triệt", undefined, "BUOI_CAPUY:label"],
    ["TRỰC TIẾP", undefined, "HNBCV_TRUCTIEP:label"],
    ["truc tuyen", undefined, "HNBCV_TRUCTUYEN:label"],
    ["Trong đó: cán bộ, đảng viên", undefined, "NGHE_CBDV:label"],
    ["Trong đó: Báo cáo viên cấp tỉnh", undefined, "BCV_TINH:label"],
    ["Hội nghị tiếp sóng", undefined, "HN_TIEPSONG:synonym"],
    ["Báo cáo viên", "BUOI", "BUOI_BCV:context"],
    ["Báo cáo viên", "NGHE", "NGHE_BCV:context"],
    ["Tuyên truyền viên cốt cán", "NGHE", "NGHE_TTVCC:context"],
    ["TTV cốt cán", "BCV", "TTV_CC:label"],
    ["Trong đó: cốt cán", "TTV", "TTV_CC:context"],
    ["Tỉnh", "BCV", "BCV_TINH:context"],
    ["Số buổi TTM do BCV thực hiện", undefined, "BUOI_BCV:overlap"],
    ["Lượt người nghe báo cáo viên", undefined, "NGHE_BCV:overlap"],
    ["Số buổi do BCV thực hiện", undefined, "BUOI_BCV:overlap"],
    ["Tổng lượt người nghe", undefined, "NGHE:overlap"],
    ["Tiếp sóng", undefined, "HN_TIEPSONG:overlap"],
    ["Quần chúng", undefined, "NGHE_QC:overlap"],
  ])("%s (under %s) → %s", (label, parent, expected) => {
    expect(found(matchLabel(index, label, parent))).toBe(expected);
  });

  it.each([
    ["Báo cáo viên", undefined],
    ["Số buổi", undefined],
    ["Lượt người nghe", undefined],
    ["Hội nghị", undefined],
  ])("takes neither indicator for %s (under %s)", (label, parent) => {
    const match = matchLabel(index, label, parent);
    expect(match.kind).toBe("ambiguous");
    if (match.kind === "ambiguous") expect(match.candidates.length).toBeGreaterThan(1);
  });

  it.each(["Số buổi chiếu phim lưu động", "Ghi chú", "Kinh phí", "2"])("matches nothing for %s", (label) => {
    expect(matchLabel(index, label, undefined)).toEqual({ kind: "none" });
  });
});
