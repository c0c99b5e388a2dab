import { defineForm } from "./define-form.js";
import type { FormInput } from "./schema.js";

type Row = [stt: string, code: string, label: string, labelEn: string, unit: string];
type RowExtra = { parent?: string; relation?: "sum" | "partOf"; validUntil?: string };

const person = "người";
const sessions = "buổi";
const attendances = "lượt người";
const conferences = "hội nghị";

function rows(section: string, kind: "stock" | "flow", list: (Row | [...Row, RowExtra])[]) {
  return list.map(([stt, code, label, labelEn, unit, extra]) => ({
    stt,
    code,
    label,
    labelEn,
    unit,
    kind,
    section,
    ...extra,
  }));
}

const sumOf = (parent: string) => ({ parent, relation: "sum" as const });
const partOf = (parent: string) => ({ parent, relation: "partOf" as const });

const definition: FormInput = {
  id: "TTM-01",
  version: "1",
  title: "Báo cáo kết quả công tác tuyên truyền miệng và hoạt động báo cáo viên",
  titleEn: "Report on oral propaganda work and reporter activity",
  titleWords: ["tuyên truyền miệng", "báo cáo viên"],
  sections: [
    { id: "I", label: "ĐỘI NGŨ BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN", labelEn: "Reporters and propagandists" },
    { id: "II", label: "HOẠT ĐỘNG TUYÊN TRUYỀN MIỆNG", labelEn: "Oral propaganda activity" },
    { id: "III", label: "HỘI NGHỊ", labelEn: "Conferences" },
    { id: "IV", label: "BẢN TIN, TÀI LIỆU", labelEn: "Bulletins and materials" },
    { id: "V", label: "NẮM BẮT DƯ LUẬN XÃ HỘI", labelEn: "Public opinion monitoring" },
    { id: "VI", label: "THI ĐUA, KHEN THƯỞNG", labelEn: "Emulation and awards" },
    { id: "VII", label: "CHỈ SỐ TÍNH TOÁN", labelEn: "Computed indices" },
  ],
  indicators: [
    ...rows("I", "stock", [
      ["1", "BCV", "Tổng số báo cáo viên", "Reporters, total", person],
      ["1.1", "BCV_TW", "Báo cáo viên Trung ương", "Central reporters", person, sumOf("BCV")],
      ["1.2", "BCV_TINH", "Báo cáo viên cấp tỉnh", "Provincial reporters", person, sumOf("BCV")],
      [
        "1.3",
        "BCV_HUYEN",
        "Báo cáo viên cấp huyện",
        "District reporters",
        person,
        // District-level committees ended on 1/7/2025.
        { ...sumOf("BCV"), validUntil: "2025-07-01" },
      ],
      ["1.4", "BCV_CS", "Báo cáo viên cấp cơ sở", "Grassroots reporters", person, sumOf("BCV")],
      ["2", "TTV", "Tổng số tuyên truyền viên", "Propagandists, total", person],
      [
        "2.1",
        "TTV_CC",
        "Trong đó: tuyên truyền viên cốt cán",
        "Of which: core propagandists",
        person,
        partOf("TTV"),
      ],
      ["3", "TCCS", "Số tổ chức cơ sở đảng", "Grassroots party organisations", "tổ chức"],
      [
        "3.1",
        "TCCS_DUYTRI",
        "Trong đó: duy trì hoạt động của đội ngũ tuyên truyền viên nòng cốt",
        "Of which: keeping a core propagandist team active",
        "tổ chức",
        partOf("TCCS"),
      ],
    ]),
    ...rows("II", "flow", [
      ["4", "BUOI", "Tổng số buổi tuyên truyền miệng", "Oral propaganda sessions, total", sessions],
      ["4.1", "BUOI_BCV", "Do báo cáo viên thực hiện", "Given by reporters", sessions, sumOf("BUOI")],
      [
        "4.2",
        "BUOI_TTVCC",
        "Do tuyên truyền viên cốt cán thực hiện",
        "Given by core propagandists",
        sessions,
        sumOf("BUOI"),
      ],
      [
        "4.3",
        "BUOI_CAPUY",
        "Do cấp ủy cơ sở tổ chức tuyên truyền, quán triệt",
        "Held by grassroots party committees",
        sessions,
        sumOf("BUOI"),
      ],
      [
        "4.4",
        "BUOI_TTVCS",
        "Do tuyên truyền viên cơ sở thực hiện",
        "Given by grassroots propagandists",
        sessions,
        sumOf("BUOI"),
      ],
      ["5", "NGHE", "Tổng số lượt người nghe", "Listener-attendances, total", attendances],
      ["5.1", "NGHE_BCV", "Nghe báo cáo viên", "Listening to reporters", attendances, sumOf("NGHE")],
      [
        "5.2",
        "NGHE_TTVCC",
        "Nghe tuyên truyền viên cốt cán",
        "Listening to core propagandists",
        attendances,
        sumOf("NGHE"),
      ],
      [
        "5.3",
        "NGHE_CAPUY",
        "Nghe cấp ủy cơ sở tuyên truyền, quán triệt",
        "Listening to grassroots committees",
        attendances,
        sumOf("NGHE"),
      ],
      [
        "5.4",
        "NGHE_TTVCS",
        "Nghe tuyên truyền viên cơ sở",
        "Listening to grassroots propagandists",
        attendances,
        sumOf("NGHE"),
      ],
      [
        "5.5",
        "NGHE_CBDV",
        "Trong đó: cán bộ, đảng viên",
        "Of which: cadres and party members",
        attendances,
        partOf("NGHE"),
      ],
      [
        "5.6",
        "NGHE_QC",
        "Trong đó: quần chúng nhân dân",
        "Of which: the public",
        attendances,
        partOf("NGHE"),
      ],
      [
        "6",
        "LG_BUOI",
        "Số buổi tuyên truyền lồng ghép trong hội họp, sinh hoạt đoàn thể",
        "Sessions integrated into meetings",
        sessions,
      ],
      [
        "6.1",
        "LG_NGHE",
        "Lượt người nghe tuyên truyền lồng ghép",
        "Listener-attendances of integrated sessions",
        attendances,
      ],
      [
        "7",
        "SHCB",
        "Số kỳ sinh hoạt chi bộ lồng ghép thông tin thời sự, quán triệt nghị quyết",
        "Party-cell meetings with current affairs or resolutions",
        "kỳ",
      ],
    ]),
    ...rows("III", "flow", [
      [
        "8",
        "HNBCV",
        "Hội nghị báo cáo viên do đơn vị tổ chức",
        "Reporter conferences held by the unit",
        conferences,
      ],
      ["8.1", "HNBCV_TRUCTIEP", "Trực tiếp", "In person", conferences, sumOf("HNBCV")],
      ["8.2", "HNBCV_TRUCTUYEN", "Trực tuyến", "Online", conferences, sumOf("HNBCV")],
    ]),
    {
      stt: "9",
      code: "HN_TIEPSONG",
      label: "Hội nghị trực tuyến tiếp sóng từ cấp trên",
      labelEn: "Online conferences relayed from the upper level",
      unit: conferences,
      kind: "flow",
      section: "III",
      // The same upstream conference is seen from many bridge points: never add them up.
      aggregate: { units: "max", time: "sum" },
      synonyms: ["Tiếp sóng hội nghị báo cáo viên cấp trên", "Hội nghị tiếp sóng"],
    },
    ...rows("III", "flow", [
      ["10", "DIEMCAU", "Số điểm cầu trực tuyến", "Online bridge points", "điểm cầu"],
      [
        "11",
        "HNBCV_LUOT",
        "Lượt người dự hội nghị báo cáo viên",
        "Attendances at reporter conferences",
        attendances,
      ],
      ["12", "HNTTTS", "Hội nghị thông tin thời sự", "Current-affairs briefings", conferences],
      ["13", "HNCD", "Hội nghị chuyên đề, tọa đàm, hội thảo", "Thematic conferences, seminars", conferences],
      [
        "14",
        "HNTT_LUOT",
        "Lượt người dự hội nghị thông tin thời sự, chuyên đề",
        "Attendances at briefings and thematic conferences",
        attendances,
      ],
    ]),
    ...rows("IV", "flow", [
      ["15", "BT_KY", "Số kỳ Bản tin Thông báo nội bộ phát hành", "Internal bulletin issues published", "kỳ"],
      ["16", "BT_CUON", "Tổng số cuốn bản tin phát hành", "Bulletin copies printed", "cuốn"],
      [
        "17",
        "TL_DECUONG",
        "Số đề cương, tài liệu tuyên truyền biên soạn, cung cấp",
        "Outlines and materials compiled",
        "tài liệu",
      ],
    ]),
    ...rows("V", "flow", [
      ["18", "DLXH_BC", "Số báo cáo tình hình dư luận xã hội", "Public opinion reports", "báo cáo"],
    ]),
    ...rows("V", "stock", [
      ["19", "DLXH_CTV", "Số cộng tác viên dư luận xã hội", "Public opinion collaborators", person],
    ]),
    ...rows("VI", "flow", [
      ["20", "KT_TAPTHE", "Tập thể được khen thưởng", "Collectives awarded", "tập thể"],
      ["21", "KT_CANHAN", "Cá nhân được khen thưởng", "Individuals awarded", "cá nhân"],
    ]),
    {
      stt: "22",
      code: "NGHE_TB",
      label: "Bình quân lượt người nghe/buổi",
      labelEn: "Average listener-attendances per session",
      unit: "lượt/buổi",
      kind: "derived",
      section: "VII",
      integer: false,
      derive: { op: "ratio", numerator: "NGHE", denominator: "BUOI", scale: 1, decimals: 1 },
    },
    {
      stt: "23",
      code: "TCCS_DUYTRI_TL",
      label: "Tỷ lệ tổ chức cơ sở đảng duy trì đội ngũ tuyên truyền viên nòng cốt",
      labelEn: "Share of grassroots organisations keeping a core propagandist team",
      unit: "%",
      kind: "derived",
      section: "VII",
      integer: false,
      derive: { op: "ratio", numerator: "TCCS_DUYTRI", denominator: "TCCS", scale: 100, decimals: 1 },
    },
    {
      stt: "24",
      code: "BUOI_TTVCC_TB",
      label: "Bình quân số buổi/tuyên truyền viên cốt cán",
      labelEn: "Average sessions per core propagandist",
      unit: "buổi/người",
      kind: "derived",
      section: "VII",
      integer: false,
      derive: { op: "ratio", numerator: "BUOI_TTVCC", denominator: "TTV_CC", scale: 1, decimals: 1 },
    },
    {
      stt: "25",
      code: "BT_CUON_TB",
      label: "Bình quân số cuốn/kỳ bản tin",
      labelEn: "Average copies per bulletin issue",
      unit: "cuốn/kỳ",
      kind: "derived",
      section: "VII",
      integer: false,
      derive: { op: "ratio", numerator: "BT_CUON", denominator: "BT_KY", scale: 1, decimals: 0 },
    },
  ],
  columns: [
    { role: "stt", headers: ["STT", "TT", "Số TT", "Số thứ tự"] },
    { role: "code", headers: ["Mã", "Mã chỉ tiêu", "Mã số"] },
    { role: "label", headers: ["Chỉ tiêu", "Nội dung", "Nội dung chỉ tiêu", "Tên chỉ tiêu"], required: true },
    { role: "unit", headers: ["ĐVT", "Đơn vị tính", "Đơn vị"] },
    {
      role: "result",
      headers: ["Kết quả", "Số lượng", "Thực hiện", "Số liệu", "Kết quả thực hiện", "Kết quả kỳ báo cáo"],
      required: true,
    },
    { role: "plan", headers: ["Kế hoạch năm", "Kế hoạch", "KH năm", "Chỉ tiêu năm"] },
    { role: "planPercent", headers: ["So với kế hoạch (%)", "So với KH (%)", "% KH", "So KH"] },
    { role: "lastYear", headers: ["Cùng kỳ năm trước", "Cùng kỳ", "CKNT"] },
    { role: "lastYearPercent", headers: ["So với cùng kỳ (%)", "So cùng kỳ (%)", "% CK", "So CK"] },
    { role: "note", headers: ["Ghi chú"] },
  ],
  rules: [
    {
      id: "R1",
      type: "compare",
      severity: "error",
      description: {
        vi: "Mỗi buổi tuyên truyền có ít nhất một người nghe: lượt người nghe không được nhỏ hơn số buổi",
        en: "Every session has a listener: listener-attendances must not be fewer than sessions",
      },
      assert: [
        { left: "NGHE_BCV", op: ">=", right: "BUOI_BCV" },
        { left: "NGHE_TTVCC", op: ">=", right: "BUOI_TTVCC" },
        { left: "NGHE_CAPUY", op: ">=", right: "BUOI_CAPUY" },
        { left: "NGHE_TTVCS", op: ">=", right: "BUOI_TTVCS" },
        { left: "NGHE", op: ">=", right: "BUOI" },
      ],
      missing: "skipIfAnyMissing",
    },
    {
      id: "R2",
      type: "compare",
      severity: "warning",
      description: {
        vi: "Bình quân lượt người nghe/buổi nên trong khoảng 5 đến 1.000",
        en: "Average listener-attendances per session should lie between 5 and 1,000",
      },
      assert: [
        { left: "NGHE_TB", op: ">=", right: 5 },
        { left: "NGHE_TB", op: "<=", right: 1000 },
      ],
      missing: "skipIfAnyMissing",
    },
    {
      id: "R3",
      type: "compare",
      severity: "warning",
      description: {
        vi: "Có hội nghị trực tuyến hoặc tiếp sóng thì phải có ít nhất 1 điểm cầu",
        en: "Online or relayed conferences need at least one bridge point",
      },
      when: [{ left: ["HNBCV_TRUCTUYEN", "HN_TIEPSONG"], op: ">", right: 0 }],
      assert: [{ left: "DIEMCAU", op: ">=", right: 1 }],
      missing: "missingAsZero",
    },
    {
      id: "R4",
      type: "compare",
      severity: "warning",
      description: {
        vi: "Có hội nghị thì phải có lượt người dự",
        en: "Conferences held need attendances",
      },
      when: [{ left: ["HNBCV", "HNTTTS", "HNCD"], op: ">", right: 0 }],
      assert: [{ left: ["HNBCV_LUOT", "HNTT_LUOT"], op: ">", right: 0 }],
      missing: "missingAsZero",
    },
    {
      id: "R5",
      type: "compare",
      severity: "error",
      description: {
        vi: "Số cuốn bản tin không nhỏ hơn số kỳ; có kỳ thì có cuốn và ngược lại",
        en: "Bulletin copies are at least the issues; issues without copies or copies without issues are wrong",
      },
      assert: [{ left: "BT_CUON", op: ">=", right: "BT_KY" }],
      missing: "skipIfAnyMissing",
    },
    {
      id: "R5",
      type: "compare",
      severity: "error",
      description: {
        vi: "Có phát hành kỳ bản tin thì phải có số cuốn",
        en: "Bulletin issues published need copies",
      },
      when: [{ left: "BT_KY", op: ">", right: 0 }],
      assert: [{ left: "BT_CUON", op: ">", right: 0 }],
      missing: "missingAsZero",
    },
    {
      id: "R5",
      type: "compare",
      severity: "error",
      description: {
        vi: "Có số cuốn bản tin thì phải có số kỳ phát hành",
        en: "Bulletin copies need issues",
      },
      when: [{ left: "BT_CUON", op: ">", right: 0 }],
      assert: [{ left: "BT_KY", op: ">", right: 0 }],
      missing: "missingAsZero",
    },
    {
      id: "R6",
      type: "compare",
      severity: "error",
      description: {
        vi: "Có buổi do tuyên truyền viên cốt cán thực hiện thì phải có tuyên truyền viên cốt cán",
        en: "Sessions by core propagandists need core propagandists",
      },
      when: [{ left: "BUOI_TTVCC", op: ">", right: 0 }],
      assert: [{ left: "TTV_CC", op: ">", right: 0 }],
      missing: "missingAsZero",
    },
    {
      id: "R7",
      type: "compare",
      severity: "error",
      description: {
        vi: "Lượt cán bộ, đảng viên cộng lượt quần chúng phải bằng tổng lượt người nghe",
        en: "Cadre and party-member attendances plus public attendances must equal all attendances",
      },
      assert: [{ left: ["NGHE_CBDV", "NGHE_QC"], op: "=", right: "NGHE" }],
      missing: "skipIfAnyMissing",
    },
    {
      id: "R8",
      type: "stockChange",
      severity: "warning",
      description: {
        vi: "Số lượng (đội ngũ, tổ chức) thay đổi quá 50% so với kỳ trước",
        en: "A headcount changed by more than 50% against the previous period",
      },
      maxChange: 0.5,
    },
    {
      id: "R9",
      type: "ytdNotDecreasing",
      severity: "error",
      description: {
        vi: "Số lũy kế từ đầu năm thấp hơn số lũy kế kỳ trước trong cùng năm",
        en: "A year-to-date figure is lower than the previous year-to-date figure of the same year",
      },
    },
    {
      id: "R10",
      type: "sumFormula",
      severity: "error",
      description: {
        vi: "Công thức ô tổng bỏ sót dòng thành phần, hoặc giá trị lưu khác tổng",
        en: "A total cell's formula leaves out a component row, or its cached value differs from the sum",
      },
    },
    {
      id: "R11",
      type: "thousandsSlip",
      severity: "warning",
      description: {
        vi: "Số đếm có đúng ba chữ số thập phân: có thể dấu chấm phân cách hàng nghìn bị hiểu là dấu thập phân",
        en: "A count with exactly three decimals: a thousands separator was probably read as a decimal point",
      },
    },
  ],
  targets: [
    {
      id: "T1",
      label: {
        vi: "Mỗi báo cáo viên, tuyên truyền viên cốt cán tuyên truyền miệng tại cơ sở ít nhất 2 lần/năm",
        en: "Each reporter and core propagandist speaks at the grassroots at least twice a year",
      },
      source: "seed 000 (Đảng ủy Khối các cơ quan tỉnh Lạng Sơn, kế hoạch năm 2023)",
      measure: {
        kind: "perPerson",
        roles: ["BCV_TW", "BCV_TINH", "BCV_HUYEN", "BCV_CS", "TTV_CC"],
        minSessions: 2,
        fallback: {
          kind: "perCapita",
          actual: ["BUOI_BCV", "BUOI_TTVCC"],
          perHead: 2,
          heads: ["BCV", "TTV_CC"],
        },
      },
    },
    {
      id: "T2",
      label: {
        vi: "Mỗi tuyên truyền viên cốt cán thực hiện ít nhất 4 hoạt động tuyên truyền miệng/năm",
        en: "Each core propagandist gives at least four oral propaganda activities a year",
      },
      source: "seed 001 (Đảng ủy Khối các cơ quan tỉnh Lạng Sơn, 6 tháng đầu năm 2024)",
      measure: {
        kind: "perPerson",
        roles: ["TTV_CC"],
        minSessions: 4,
        fallback: { kind: "perCapita", actual: "BUOI_TTVCC", perHead: 4, heads: "TTV_CC" },
      },
    },
    {
      id: "T3",
      label: {
        vi: "100% cấp ủy cơ sở duy trì hoạt động của đội ngũ tuyên truyền viên nòng cốt",
        en: "100% of grassroots committees keep their core propagandist team active",
      },
      source: "seed 001",
      measure: { kind: "rate", numerator: "TCCS_DUYTRI", denominator: "TCCS", goal: 100 },
    },
    {
      id: "T4",
      label: {
        vi: "Tổ chức ít nhất 6 hội nghị báo cáo viên, hội thảo chuyên đề/năm",
        en: "At least six reporter conferences and thematic seminars a year",
      },
      source: "seed 000",
      measure: { kind: "count", actual: ["HNBCV", "HNCD"], goal: 6 },
    },
    {
      id: "T5",
      label: {
        vi: "Hội nghị thông tin thời sự hằng tháng",
        en: "A current-affairs briefing every month",
      },
      source: "seed 002 (Trung tâm Chính trị thành phố, năm 2022)",
      measure: { kind: "frequency", actual: "HNTTTS", perMonth: 1 },
    },
    {
      id: "T6",
      label: {
        vi: "Phát hành Bản tin Thông báo nội bộ hằng tháng (12 kỳ/năm)",
        en: "The internal bulletin every month (12 issues a year)",
      },
      source: "seed 003 (Ban Tuyên giáo Tỉnh ủy Tây Ninh, năm 2020)",
      measure: { kind: "count", actual: "BT_KY", goal: 12 },
    },
  ],
  roster: {
    titles: ["Danh sách báo cáo viên", "Danh sách báo cáo viên, tuyên truyền viên", "Danh sách"],
    columns: [
      { role: "stt", headers: ["STT", "TT"] },
      { role: "name", headers: ["Họ và tên", "Họ tên"] },
      { role: "unit", headers: ["Đơn vị", "Cơ quan, đơn vị"] },
      { role: "role", headers: ["Loại", "Loại báo cáo viên", "Đối tượng"] },
      { role: "sessions", headers: ["Số buổi", "Số buổi tuyên truyền"] },
      { role: "listeners", headers: ["Lượt người nghe", "Số lượt người nghe"] },
      { role: "note", headers: ["Ghi chú"] },
    ],
    roles: [
      { role: "BCV_TW", labels: ["BCV Trung ương", "Báo cáo viên Trung ương", "BCV TW"] },
      {
        role: "BCV_TINH",
        labels: ["BCV tỉnh", "BCV cấp tỉnh", "Báo cáo viên cấp tỉnh", "Báo cáo viên tỉnh"],
      },
      {
        role: "BCV_HUYEN",
        labels: ["BCV huyện", "BCV cấp huyện", "Báo cáo viên cấp huyện", "Báo cáo viên huyện"],
      },
      {
        role: "BCV_CS",
        labels: ["BCV cơ sở", "BCV cấp cơ sở", "Báo cáo viên cấp cơ sở", "Báo cáo viên cơ sở"],
      },
      {
        role: "TTV_CC",
        labels: ["TTV cốt cán", "Tuyên truyền viên cốt cán", "TTV nòng cốt", "Tuyên truyền viên nòng cốt"],
      },
      { role: "TTV_CS", labels: ["TTV cơ sở", "Tuyên truyền viên cơ sở"] },
    ],
    checks: [
      { roles: ["BCV_TW"], measure: "count", indicator: "BCV_TW" },
      { roles: ["BCV_TINH"], measure: "count", indicator: "BCV_TINH" },
      { roles: ["BCV_HUYEN"], measure: "count", indicator: "BCV_HUYEN" },
      { roles: ["BCV_CS"], measure: "count", indicator: "BCV_CS" },
      { roles: ["TTV_CC"], measure: "count", indicator: "TTV_CC" },
      { roles: ["BCV_TW", "BCV_TINH", "BCV_HUYEN", "BCV_CS"], measure: "sessions", indicator: "BUOI_BCV" },
      { roles: ["TTV_CC"], measure: "sessions", indicator: "BUOI_TTVCC" },
      { roles: ["BCV_TW", "BCV_TINH", "BCV_HUYEN", "BCV_CS"], measure: "listeners", indicator: "NGHE_BCV" },
      { roles: ["TTV_CC"], measure: "listeners", indicator: "NGHE_TTVCC" },
    ],
  },
};

/** The standard form TTM-01 (DESIGN.md section 4): every indicator, rule R1–R11 and target T1–T6. */
export const ttm01 = defineForm(definition);
