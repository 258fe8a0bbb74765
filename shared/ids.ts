// UUID version 7 (RFC 9562): time-ordered, so rows created later sort later.

const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/** Random bytes from a pool filled in large batches (one system call per 256 ids, not per id). */
function pooledRandom(bytes: Uint8Array): Uint8Array {
  if (poolOffset + bytes.length > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    poolOffset = 0;
  }
  bytes.set(pool.subarray(poolOffset, poolOffset + bytes.length));
  poolOffset += bytes.length;
  return bytes;
}

/** Two hex digits for each byte value, so that an id is spelled without a conversion per byte. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function uuidv7(
  nowMs: number,
  random: (bytes: Uint8Array) => Uint8Array = pooledRandom,
): string {
  const bytes = random(new Uint8Array(16));
  let ms = Math.floor(nowMs);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = (from: number, to: number) => {
    let out = '';
    for (let i = from; i < to; i++) out += HEX[bytes[i]!];
    return out;
  };
  return `${h(0, 4)}-${h(4, 6)}-${h(6, 8)}-${h(8, 10)}-${h(10, 16)}`;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
