// The add-in's icons, drawn here so no binary is committed: the Office brand blue tile with a
// white sheet (three rows) and a check mark, rendered with 4×4 supersampling and written as PNG.
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const distToSegment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};

/** Colour at a point of the unit square: [r, g, b, a] or null (transparent). */
function shade(x, y) {
  const r = 0.18; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const white = [255, 255, 255, 255];
  // the check mark, over everything
  if (
    distToSegment(x, y, 0.5, 0.7, 0.62, 0.82) < 0.06 ||
    distToSegment(x, y, 0.62, 0.82, 0.86, 0.52) < 0.06
  ) {
    return [255, 255, 255, 255];
  }
  // the sheet: three white rows with a label column
  const rows = [0.2, 0.36, 0.52];
  for (const top of rows) {
    if (y >= top && y <= top + 0.1 && x >= 0.16 && x <= 0.84) {
      return x <= 0.3 ? [199, 224, 244, 255] : white;
    }
  }
  if (y >= 0.68 && y <= 0.78 && x >= 0.16 && x <= 0.42) return [199, 224, 244, 255];
  return [15, 108, 189, 255];
}

export function iconPng(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
          acc[3] += c[3];
        }
      }
      const o = (py * size + px) * 4;
      if (acc[3] > 0) for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(acc[i] / acc[3]);
      rgba[o + 3] = Math.round(acc[3] / (ss * ss));
    }
  }
  return png(size, rgba);
}

export const ICON_SIZES = [16, 32, 64, 80, 128];
