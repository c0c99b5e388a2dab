#!/usr/bin/env python3
"""Writes tcvn3.json: Vietnamese phrases encoded to TCVN3 by glibc iconv (an independent reference
for text/tcvn3.ts), then read back as Latin-1, which is how Excel holds a cell typed in a .VnTime font.

Run from this folder: python3 make-tcvn3-fixture.py   (needs glibc iconv: `iconv -f UTF-8 -t TCVN5712-1`).

The .VnTime fonts (TCVN 5712:1993 VN3) hold only lower-case toned letters; capitals with a tone
exist only in the .VnTimeH fonts, which show lower-case bytes as capitals. So phrases are
encoded as they are, and "capitals" phrases are encoded in lower case and expected back in capitals.
"""
import json
import subprocess
import unicodedata

PHRASES = [
    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    "Bản tin thông báo nội bộ phát hành hằng tháng",
    "Số lượt người nghe trực tiếp và trực tuyến",
    "Quý IV năm 2023; 6 tháng đầu năm 2024",
    "Chi bộ sinh hoạt định kỳ, lồng ghép tuyên truyền miệng",
    "Tổng số báo cáo viên cấp tỉnh, cấp huyện, cơ sở",
    "Hội nghị tiếp sóng tại các điểm cầu",
    "Theo dõi, nắm bắt dư luận xã hội trên địa bàn",
    "Khen thưởng tập thể, cá nhân có thành tích xuất sắc",
    "Thủy điện Hòa Bình; thuỷ điện Hoà Bình",
    "Ưu tiên bồi dưỡng nghiệp vụ cho đội ngũ",
    "Ăn quả nhớ kẻ trồng cây, uống nước nhớ nguồn",
    "Ông bà, cha mẹ, anh chị em trong gia đình",
    "Đường lối đối ngoại độc lập, tự chủ, hòa bình, hữu nghị",
    "Ơn nghĩa sâu nặng; Êm đềm dòng sông quê hương",
    "khuya, quyển, nguyễn, giữa, giặt, quạ, nghiêng, ngoằn ngoèo",
    "mỹ thuật, kỹ năng, sĩ quan, lũy kế, bão lũ, vẽ tranh",
    "ỵ ỳ ỷ ỹ ý ự ừ ử ữ ứ ụ ù ủ ũ ú",
    "a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ",
    "e è ẻ ẽ é ẹ ê ề ể ễ ế ệ i ì ỉ ĩ í ị",
    "o ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ ơ ờ ở ỡ ớ ợ đ",
    "Tỷ lệ (%) đạt so với chỉ tiêu: 66,7",
]
CAPITALS = [
    "ủy ban nhân dân tỉnh",
    "báo cáo kết quả công tác tuyên truyền miệng",
    "quý iii năm 2025",
    "ban tuyên giáo tỉnh ủy",
    "ấp bắc, ỷ lan, ẩm thực, ổn định, ở, ỡ, ợ",
]

# Byte positions of the .VnTime (VN3) set: ASCII, the capitals Ă Â Ê Ô Ơ Ư Đ and lower-case letters.
VN3 = set(range(0x20, 0x7F)) | {0x0A} | set(range(0xA1, 0xAF)) | set(range(0xB5, 0xBA)) | set(range(0xBB, 0xBF))
VN3 |= set(range(0xC6, 0xCD)) | set(range(0xCE, 0xD9)) | set(range(0xDC, 0xE0)) | set(range(0xE1, 0xF0))
VN3 |= set(range(0xF1, 0xFF))


def encode(text: str) -> str:
    raw = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True, check=True
    ).stdout
    outside = sorted({hex(b) for b in raw if b not in VN3})
    if outside:
        raise SystemExit(f"{text!r}: iconv used bytes outside VN3: {outside}")
    return raw.decode("latin-1")


cases = [{"unicode": p, "legacy": encode(p)} for p in PHRASES]
cases += [
    {"unicode": unicodedata.normalize("NFC", p.upper()), "legacy": encode(p), "font": ".VnTimeH"}
    for p in CAPITALS
]
with open("tcvn3.json", "w", encoding="utf-8") as f:
    json.dump(cases, f, ensure_ascii=True, indent=2)
    f.write("\n")
print(f"wrote {len(cases)} cases")
