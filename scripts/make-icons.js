// Draws the add-in's ribbon and store icons (assets/icon-<size>.png): a green sheet with a white grid and a
// check mark. Node only (zlib for the PNG stream), so the icons can be redrawn anywhere: `node scripts/make-icons.js`.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Every size of Microsoft's icon guidelines for add-in commands (100% to 250% scaling), 32 and 64 also for the store.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const GREEN = [33, 115, 70]; // Excel's green
const DARK = [20, 80, 48];
const WHITE = [255, 255, 255];
// Samples per pixel side: shapes are drawn on a finer grid and averaged, which smooths their edges.
const SS = 4;

/** The colour at a point of the unit square (0..1, y down), or undefined outside the glyph. */
function shade(x, y) {
  const inset = 0.06;
  const radius = 0.12;
  if (x < inset || x > 1 - inset || y < inset || y > 1 - inset) return undefined;
  const cx = Math.min(Math.max(x, inset + radius), 1 - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), 1 - inset - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return undefined;
  if (onCheck(x, y)) return WHITE;
  const border = 0.05;
  if (x < inset + border || x > 1 - inset - border || y < inset + border || y > 1 - inset - border) return DARK;
  // A 3 x 3 grid of cells, like a small table.
  const line = 0.025;
  const grid = [0.37, 0.63];
  if (grid.some((g) => Math.abs(x - g) < line || Math.abs(y - g) < line)) return [120, 180, 145];
  return GREEN;
}

/** A thick check mark over the sheet: two strokes meeting at the bottom. */
function onCheck(x, y) {
  const a = [0.24, 0.52];
  const b = [0.43, 0.72];
  const c = [0.8, 0.3];
  const width = 0.075;
  return distance([x, y], a, b) < width || distance([x, y], b, c) < width;
}

function distance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function rgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, n] = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const colour = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          n++;
        }
      }
      const i = (py * size + px) * 4;
      if (n > 0)
        pixels.set([Math.round(r / n), Math.round(g / n), Math.round(b / n), Math.round((255 * n) / SS ** 2)], i);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter choice, no interlace
  const pixels = rgba(size);
  // Each scanline starts with its filter type (0: none).
  const raw = Buffer.concat(
    Array.from({ length: size }, (_, y) =>
      Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
process.stdout.write(`${SIZES.map((s) => `icon-${s}.png`).join(", ")} -> ${out}\n`);
