// Draws the extension's icons (an envelope with a heart-shaped seal on a
// rounded tile) as PNG files, with no image library: signed-distance shapes,
// 4x4 supersampling, and a hand-written PNG encoder.
// Run: node scripts/make-icons.mjs  (writes public/icons/*.png)
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const TILE = [15, 118, 110]; // teal: reads on light and dark toolbars alike
const PAPER = [255, 255, 255];
const FOLD = [204, 231, 228];
const SEAL = [225, 29, 72];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1), returning true when the point is inside.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const belowLine = (ax, ay, bx, by) => (x, y) => (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;
function heart(cx, cy, s) {
  return (x, y) => {
    const u = (x - cx) / s;
    const v = -(y - cy) / s;
    return (u * u + v * v - 1) ** 3 - u * u * v * v * v <= 0;
  };
}

function colourAt(x, y, { small }) {
  const tile = roundedRect(0.04, 0.04, 0.96, 0.96, 0.2);
  if (!tile(x, y)) return null;
  const env = small ? [0.17, 0.27, 0.83, 0.73] : [0.18, 0.28, 0.82, 0.72];
  const inEnvelope = roundedRect(env[0], env[1], env[2], env[3], 0.04)(x, y);
  let c = TILE;
  if (inEnvelope) {
    c = PAPER;
    const midX = (env[0] + env[2]) / 2;
    const flapY = env[1] + (env[3] - env[1]) * 0.55;
    const w = small ? 0.05 : 0.035;
    const left = belowLine(env[0], env[1], midX, flapY)(x, y) && !belowLine(env[0], env[1] + w, midX, flapY + w)(x, y);
    const right = !belowLine(env[2], env[1], midX, flapY)(x, y) && belowLine(env[2], env[1] + w, midX, flapY + w)(x, y);
    if (left || right) c = FOLD;
  }
  const sealSize = small ? 0.15 : 0.12;
  if (heart((env[0] + env[2]) / 2, env[1] + (env[3] - env[1]) * 0.6, sealSize)(x, y)) c = SEAL;
  return c;
}

function draw(size, opts) {
  const out = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, opts);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) { out[i] = r / a; out[i + 1] = g / a; out[i + 2] = b / a; }
      out[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return png(size, out);
}

const dir = resolve(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(resolve(dir, `icon-${size}.png`), draw(size, { small: size <= 32 }));
}
for (const size of [16, 32]) {
  writeFileSync(resolve(dir, `toolbar-${size}.png`), draw(size, { small: true }));
}
console.log('icons written to public/icons');
