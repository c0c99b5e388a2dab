import type { UnitInput } from "./unit.js";

/**
 * An illustrative slice of the Lạng Sơn provincial Party organisation for tests: the city and
 * district committees end on 30/6/2025 (the two-level local government reform) and the new wards
 * and communes report to the province from 1/7/2025.
 */
export const langSonUnits: UnitInput[] = [
  { code: "LS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy", aliases: ["Đảng bộ tỉnh Lạng Sơn"] },
  { code: "LS.TP", name: "Thành ủy Lạng Sơn", kind: "Thành ủy", parent: "LS", validTo: "2025-06-30" },
  {
    code: "LS.KCCQ",
    name: "Đảng ủy Khối các cơ quan tỉnh",
    kind: "Đảng ủy Khối",
    parent: "LS",
    aliases: ["Đảng ủy Khối CCQ tỉnh"],
  },
  { code: "LS.CL", name: "Huyện ủy Cao Lộc", kind: "Huyện ủy", parent: "LS", validTo: "2025-06-30" },
  { code: "LS.LB", name: "Huyện ủy Lộc Bình", kind: "Huyện ủy", parent: "LS", validTo: "2025-06-30" },
  {
    code: "LS.CL.DD",
    name: "Đảng ủy thị trấn Đồng Đăng",
    kind: "Đảng ủy thị trấn",
    parent: "LS.CL",
    validTo: "2025-06-30",
    successor: "LS.X.DD",
  },
  {
    code: "LS.TP.DK",
    name: "Đảng ủy phường Đông Kinh",
    kind: "Đảng ủy phường",
    parent: "LS.TP",
    validTo: "2025-06-30",
    successor: "LS.P.DK",
  },
  {
    code: "LS.X.DD",
    name: "Đảng ủy xã Đồng Đăng",
    kind: "Đảng ủy xã",
    parent: "LS",
    validFrom: "2025-07-01",
  },
  {
    code: "LS.P.DK",
    name: "Đảng ủy phường Đông Kinh",
    kind: "Đảng ủy phường",
    parent: "LS",
    validFrom: "2025-07-01",
  },
  {
    code: "LS.X.LB",
    name: "Đảng ủy xã Lộc Bình",
    kind: "Đảng ủy xã",
    parent: "LS",
    validFrom: "2025-07-01",
    aliases: ["Đảng uỷ xã Lộc Bình"],
  },
];
