/** The national set of generated units: 34 provinces (after the 2025 reform) and 3,321 communes. */

export const COMMUNES = 3321;

const PROVINCES = [
  "Hà Nội",
  "Lạng Sơn",
  "Huế",
  "Lai Châu",
  "Điện Biên",
  "Sơn La",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Cao Bằng",
  "Tuyên Quang",
  "Lào Cai",
  "Thái Nguyên",
  "Phú Thọ",
  "Bắc Ninh",
  "Hưng Yên",
  "Hải Phòng",
  "Ninh Bình",
  "Quảng Trị",
  "Đà Nẵng",
  "Quảng Ngãi",
  "Gia Lai",
  "Khánh Hòa",
  "Lâm Đồng",
  "Đắk Lắk",
  "Thành phố Hồ Chí Minh",
  "Đồng Nai",
  "Tây Ninh",
  "Cần Thơ",
  "Vĩnh Long",
  "Đồng Tháp",
  "Cà Mau",
  "An Giang",
];

const FIRST = [
  "An",
  "Bình",
  "Cẩm",
  "Đông",
  "Gia",
  "Hòa",
  "Hưng",
  "Kim",
  "Lạc",
  "Long",
  "Minh",
  "Mỹ",
  "Nam",
  "Ngọc",
  "Nhân",
  "Phú",
  "Phúc",
  "Quang",
  "Quảng",
  "Quế",
  "Sơn",
  "Tân",
  "Thạch",
  "Thái",
  "Thanh",
  "Thạnh",
  "Thiện",
  "Thuận",
  "Tiên",
  "Trung",
  "Trường",
  "Tuy",
  "Văn",
  "Vĩnh",
  "Xuân",
  "Yên",
  "Hồng",
  "Hải",
  "Hương",
  "Khánh",
  "Lâm",
  "Lộc",
  "Mai",
  "Nghĩa",
  "Ninh",
  "Phong",
  "Phước",
  "Quý",
  "Tam",
  "Thọ",
  "Tiến",
  "Toàn",
  "Trà",
  "Trí",
  "Tường",
  "Uy",
  "Vân",
  "Việt",
  "Vạn",
  "Đức",
];

const SECOND = [
  "Lập",
  "Sơn",
  "Thành",
  "Hưng",
  "Phong",
  "Hòa",
  "Lợi",
  "Phú",
  "Thịnh",
  "Xuân",
  "Bình",
  "An",
  "Tiến",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Trung",
  "Hải",
  "Hà",
  "Lâm",
  "Minh",
  "Quang",
  "Thuận",
  "Lộc",
  "Phúc",
  "Khê",
  "Kiều",
  "Tân",
  "Mỹ",
  "Long",
  "Hiệp",
  "Thạnh",
  "Điền",
  "Định",
  "Hội",
  "Đạt",
  "Dương",
  "Giang",
  "Hanh",
  "Hồng",
  "Khang",
  "Linh",
  "Nghĩa",
  "Ninh",
  "Phát",
  "Quý",
  "Sinh",
  "Tài",
  "Thắng",
  "Thọ",
  "Tín",
  "Trạch",
  "Trì",
  "Tú",
  "Vinh",
  "Vượng",
  "Yên",
  "Hậu",
  "Đài",
];

export interface Commune {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly provinceName: string;
}

/** Province of the n-th commune: the first 100 in province P01 (one province's consolidation), the rest spread evenly. */
function provinceOf(index: number): number {
  if (index < 100) return 0;
  return 1 + Math.floor(((index - 100) * (PROVINCES.length - 1)) / (COMMUNES - 100));
}

export const provinceCode = (p: number): string => `P${String(p + 1).padStart(2, "0")}`;

/** The n-th commune (0-based): unique code and name (Đảng ủy xã <two syllables>). */
export function commune(index: number): Commune {
  const p = provinceOf(index);
  const a = FIRST[index % FIRST.length]!;
  const b = SECOND[Math.floor(index / FIRST.length) % SECOND.length]!;
  return {
    index,
    code: `XA${String(index + 1).padStart(4, "0")}`,
    name: `Đảng ủy xã ${a} ${b}`,
    province: provinceCode(p),
    provinceName: PROVINCES[p]!,
  };
}

/** The hierarchy as a CSV file (DESIGN §6): the root TW, the provinces, and the given communes. */
export function hierarchyCsv(communes: readonly Commune[], root: "TW" | string): string {
  const lines = ["Mã,Tên đơn vị,Loại,Mã cấp trên"];
  const provinces = [...new Set(communes.map((c) => c.province))];
  if (root === "TW") lines.push("TW,Ban Tuyên giáo và Dân vận Trung ương,Trung ương,");
  for (const code of provinces) {
    const name = PROVINCES[Number(code.slice(1)) - 1]!;
    lines.push(`${code},Tỉnh ủy ${name},Tỉnh ủy,${root === "TW" ? "TW" : ""}`);
  }
  for (const c of communes) lines.push(`${c.code},${c.name},Đảng ủy xã,${c.province}`);
  return `${lines.join("\n")}\n`;
}
