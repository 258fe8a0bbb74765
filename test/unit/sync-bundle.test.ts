// The bundle file on its own (main/core/sync/bundle.ts): sealed, it opens only with its passphrase,
// shows nothing of its changes, and any change to any byte, or a cut anywhere, is refused.
import { ed25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BundleRefused,
  openPayload,
  parseBundle,
  sealBundle,
  type Payload,
  type SealInput,
} from '../../main/core/sync/bundle';
import { toBound, valueProblem } from '../../main/core/sync/schema';

const privateKey = ed25519.utils.randomSecretKey();
const publicKey = Buffer.from(ed25519.getPublicKey(privateKey)).toString('hex');
const HLC = '2026-11-29T12:00:00.000Z-0001-a1b2c3';
const SECRET_TEXT = 'The delegation met the financial intelligence unit';

const payload: Payload = {
  changes: [
    [HLC, 'a1b2c3', 'u1', 'signals', 'row-1', 'text', null, SECRET_TEXT, null],
    [HLC, 'a1b2c3', 'u1', 'signals', 'row-1', 'severity', null, '4', null],
  ],
  seen: { a1b2c3: HLC },
  from: {},
};

function seal(overrides: Partial<SealInput> = {}): Uint8Array {
  return sealBundle({
    bundleId: '01900000-0000-7000-8000-000000000001',
    sender: { siteId: 'a1b2c3', publicKey, privateKey },
    recipient: null,
    createdHlc: HLC,
    payload,
    passphrase: 'shared bundle words',
    kdf: { N: 1024, r: 8, p: 1 },
    ...overrides,
  });
}

/** Parses and opens a bundle as an importer does; returns the refusal's reason, or 'opened'. */
function verdict(bytes: Uint8Array, passphrase = 'shared bundle words'): string {
  try {
    const parsed = parseBundle(bytes);
    if (!parsed.signatureValid) return 'bad signature';
    openPayload(parsed, passphrase);
    return 'opened';
  } catch (e) {
    if (e instanceof BundleRefused) return e.reason;
    throw e;
  }
}

describe('a sealed bundle', () => {
  const bytes = seal();

  it('opens with its passphrase and gives back exactly its changes', () => {
    const parsed = parseBundle(bytes);
    expect(parsed.signatureValid).toBe(true);
    expect(parsed.header).toMatchObject({
      format: 1,
      sender: { siteId: 'a1b2c3', publicKey },
      changeCount: 2,
      createdHlc: HLC,
      kdf: { name: 'scrypt', N: 1024, r: 8, p: 1 },
      cipher: 'xchacha20-poly1305',
    });
    expect(openPayload(parsed, 'shared bundle words')).toEqual(payload);
  });

  it('hides its changes: neither the text nor the table name is in the file', () => {
    const file = Buffer.from(bytes).toString('latin1');
    expect(file).not.toContain(SECRET_TEXT);
    expect(file).not.toContain('signals');
    expect(file).not.toContain('financial');
  });

  it('does not open with another passphrase', () => {
    expect(verdict(bytes, 'shared bundle word')).toBe('wrong_passphrase');
    expect(() => openPayload(parseBundle(bytes), 'nope')).toThrow(/passphrase does not open/);
  });

  it('is refused when any single bit of it is flipped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        (at, bit) => {
          const copy = Uint8Array.from(bytes);
          copy[at] = copy[at]! ^ (1 << bit);
          expect(verdict(copy)).not.toBe('opened');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is refused as incomplete when cut anywhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (length) => {
        expect(verdict(bytes.subarray(0, length))).toMatch(/^(truncated|not_a_bundle|tampered)$/);
      }),
      { numRuns: 200 },
    );
    expect(verdict(bytes.subarray(0, bytes.length - 1))).toBe('truncated');
    expect(verdict(bytes.subarray(0, 40))).toBe('truncated');
  });

  it('is refused with bytes added after its end', () => {
    const longer = new Uint8Array(bytes.length + 3);
    longer.set(bytes);
    expect(verdict(longer)).toBe('tampered');
  });

  it('is not valid when signed by another key than the one its header names', () => {
    const other = ed25519.utils.randomSecretKey();
    const forged = seal({ sender: { siteId: 'a1b2c3', publicKey, privateKey: other } });
    expect(parseBundle(forged).signatureValid).toBe(false);
  });

  it('says so when a newer version made it', () => {
    const text = Buffer.from(bytes).toString('latin1').replace('"format":1', '"format":2');
    expect(verdict(Uint8Array.from(Buffer.from(text, 'latin1')))).toBe('newer_format');
  });

  it('refuses what is not a bundle at all', () => {
    expect(verdict(new TextEncoder().encode('SQLite format 3\0 and more'))).toBe('not_a_bundle');
    expect(verdict(new Uint8Array(0))).toBe('not_a_bundle');
  });
});

describe('values of a change', () => {
  const integer = { affinity: 'INTEGER' as const, references: null };
  const real = { affinity: 'REAL' as const, references: null };
  const textColumn = { affinity: 'TEXT' as const, references: null };

  it('are bound as numbers in numeric columns when the text is the number’s own spelling', () => {
    expect(toBound('4', integer)).toBe(4);
    expect(toBound('0.1', real)).toBe(0.1);
    expect(toBound('05', integer)).toBe('05');
    expect(toBound('4', textColumn)).toBe('4');
    expect(toBound(null, integer)).toBeNull();
  });

  it('must suit their column', () => {
    expect(valueProblem('severity', integer, 'high')).toMatch(/number/);
    expect(valueProblem('severity', integer, '3')).toBeNull();
    expect(valueProblem('deleted', integer, '2')).toMatch(/0 or 1/);
    expect(valueProblem('deleted', integer, '1')).toBeNull();
    expect(valueProblem('text', textColumn, 'anything')).toBeNull();
  });
});
