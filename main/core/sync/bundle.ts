// The bundle file (DESIGN §6): changes for another installation, compressed, encrypted with
// XChaCha20-Poly1305 under a key derived from a passphrase by scrypt, and signed with the sending
// installation's Ed25519 key. Layout, all of it covered by the signature but the signature itself:
//
//   8 bytes   "CTEDSYNC"
//   4 bytes   header length H, unsigned big-endian
//   H bytes   header, UTF-8 JSON (BundleHeader): in clear, and the AEAD's associated data
//   C bytes   ciphertext (C = header.cipherBytes): deflate(JSON payload) sealed with the AEAD
//   64 bytes  Ed25519 signature of everything before it
//
// Nothing here trusts its input: every refusal is a BundleRefused with a reason a person reads.
// The same envelope carries a field visit pack (main/core/field/pack.ts), under its own magic, so
// that a pack is never mistaken for a bundle nor the other way round.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { deflateSync, inflateSync } from 'fflate';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ErrorCode } from '../../../shared/api/contract';
import { text as sentence, type Text } from '../../../shared/messages';
import { ApiError } from '../errors';

/** What an envelope holds: a sync bundle, or a field visit pack. */
export type EnvelopeKind = 'bundle' | 'pack';

interface Envelope {
  magic: string;
  /** What a person calls the file, in full and in short (in their language). */
  name: Text;
  short: Text;
  /** The end of every refusal: what was not done. */
  nothingDone: Text;
}

const ENVELOPES: Record<EnvelopeKind, Envelope> = {
  bundle: {
    magic: 'CTEDSYNC',
    name: sentence('sync.bundleName'),
    short: sentence('sync.bundleShort'),
    nothingDone: sentence('sync.bundleNothingDone'),
  },
  pack: {
    magic: 'CTEDPACK',
    name: sentence('sync.packName'),
    short: sentence('sync.packShort'),
    nothingDone: sentence('sync.packNothingDone'),
  },
};

export const MAGIC = ENVELOPES.bundle.magic;
export const FORMAT = 1;
/** Bundle files end with this; `sync --folder` looks for it. */
export const BUNDLE_EXTENSION = '.ctedsync';
/** Every magic has 8 bytes. */
const PREFIX_BYTES = MAGIC.length + 4;
const SIGNATURE_BYTES = 64;
const MAX_HEADER_BYTES = 64 * 1024;
/** Bigger than any workspace's whole history; a guard against nonsense lengths. */
const MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024;

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** scrypt at N = 2^15, r = 8, p = 1: about 32 MiB and a few hundred milliseconds per bundle. */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

/** Why a bundle was refused, for programs (the folder sync skips a replay quietly). */
export type RefusalReason =
  | 'not_a_bundle'
  | 'truncated'
  | 'newer_format'
  | 'tampered'
  | 'own_bundle'
  | 'not_for_us'
  | 'untrusted'
  | 'replayed'
  | 'wrong_passphrase'
  | 'unknown_table'
  | 'unknown_column'
  | 'invalid_change'
  | 'clock_ahead'
  | 'missing_earlier';

const CODES: Record<RefusalReason, ErrorCode> = {
  not_a_bundle: 'VALIDATION',
  truncated: 'VALIDATION',
  newer_format: 'VALIDATION',
  tampered: 'INTEGRITY',
  own_bundle: 'CONFLICT',
  not_for_us: 'CONFLICT',
  untrusted: 'FORBIDDEN',
  replayed: 'CONFLICT',
  wrong_passphrase: 'VALIDATION',
  unknown_table: 'VALIDATION',
  unknown_column: 'VALIDATION',
  invalid_change: 'VALIDATION',
  clock_ahead: 'VALIDATION',
  missing_earlier: 'CONFLICT',
};

/** A bundle (or pack) refused whole; nothing of it is used. `details.reason` names the kind of refusal. */
export class BundleRefused extends ApiError {
  constructor(
    readonly reason: RefusalReason,
    problem: Text,
    kind: EnvelopeKind = 'bundle',
  ) {
    super(
      CODES[reason],
      sentence('sync.refused', { problem, nothingDone: ENVELOPES[kind].nothingDone }),
      { reason },
    );
  }
}

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
export const SITE_ID_RE = /^[0-9a-z]{1,64}$/;
/** A clock timestamp as shared/hlc.ts writes it. */
export const HLC_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-z]{1,64}$/;

const headerSchema = z.strictObject({
  format: z.literal(FORMAT),
  bundleId: z.string().regex(/^[0-9a-f-]{36}$/),
  sender: z.strictObject({ siteId: z.string().regex(SITE_ID_RE), publicKey: hex(32) }),
  recipient: z.string().regex(SITE_ID_RE).nullable(),
  createdHlc: z.string().regex(HLC_RE),
  changeCount: z.number().int().min(0),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 20)
      .refine((n) => (n & (n - 1)) === 0),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    salt: hex(16),
  }),
  cipher: z.literal('xchacha20-poly1305'),
  nonce: hex(24),
  compression: z.literal('deflate'),
  /** The payload's size once inflated. */
  payloadBytes: z.number().int().min(0).max(MAX_PAYLOAD_BYTES),
  cipherBytes: z.number().int().min(16).max(MAX_PAYLOAD_BYTES),
});

export type BundleHeader = z.infer<typeof headerSchema>;

/** What a bundle carries once opened: its changes, and what its sender holds (its acknowledgement). */
export interface Payload {
  changes: WireChange[];
  /** Per site that made changes: the newest timestamp of that site's changes the sender holds. */
  seen: Record<string, string>;
  /**
   * Per site: the change the bundle's changes of that site continue from (the newest one left out);
   * a site absent here has all its changes in the bundle. The importer must hold these.
   */
  from: Record<string, string>;
}

/** One change_log row on the wire: [hlc, site, author, table, row, column, old, new, base]. */
export type WireChange = [
  hlc: string,
  siteId: string,
  authorId: string | null,
  table: string,
  rowId: string,
  column: string,
  oldValue: string | null,
  newValue: string | null,
  baseHlc: string | null,
];

const text = z.string().max(10 * 1024 * 1024);
/** A bundle's payload; a pack's extends it (main/core/field/pack.ts). */
export const payloadSchema = z.strictObject({
  changes: z.array(
    z.tuple([
      z.string(),
      z.string(),
      z.string().max(64).nullable(),
      z.string().max(64),
      z.string().max(64),
      z.string().max(64),
      text.nullable(),
      text.nullable(),
      z.string().nullable(),
    ]),
  ),
  seen: z.record(z.string().regex(SITE_ID_RE), z.string().regex(HLC_RE)),
  from: z.record(z.string().regex(SITE_ID_RE), z.string().regex(HLC_RE)),
});

function deriveKey(passphrase: string, kdf: KdfParams, salt: Uint8Array): Uint8Array {
  return scrypt(passphrase.normalize('NFC'), salt, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    dkLen: 32,
    maxmem: 2 ** 30,
  });
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface SealInput<P extends Payload = Payload> {
  /** A sync bundle unless said otherwise. */
  kind?: EnvelopeKind;
  bundleId: string;
  sender: { siteId: string; publicKey: string; privateKey: Uint8Array };
  recipient: string | null;
  createdHlc: string;
  payload: P;
  passphrase: string;
  kdf: KdfParams;
}

/** Makes a bundle's (or a pack's) bytes: compress, encrypt, sign. */
export function sealBundle<P extends Payload>(input: SealInput<P>): Uint8Array {
  const { magic } = ENVELOPES[input.kind ?? 'bundle'];
  const json = utf8.encode(JSON.stringify(input.payload));
  const plain = deflateSync(json, { level: 6 });
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const header: BundleHeader = {
    format: FORMAT,
    bundleId: input.bundleId,
    sender: { siteId: input.sender.siteId, publicKey: input.sender.publicKey },
    recipient: input.recipient,
    createdHlc: input.createdHlc,
    changeCount: input.payload.changes.length,
    kdf: { name: 'scrypt', ...input.kdf, salt: salt.toString('hex') },
    cipher: 'xchacha20-poly1305',
    nonce: nonce.toString('hex'),
    compression: 'deflate',
    payloadBytes: json.length,
    cipherBytes: plain.length + 16,
  };
  const headerBytes = utf8.encode(JSON.stringify(header));
  const key = deriveKey(input.passphrase, input.kdf, salt);
  const ciphertext = xchacha20poly1305(key, nonce, headerBytes).encrypt(plain);
  const signedLength = PREFIX_BYTES + headerBytes.length + ciphertext.length;
  const out = new Uint8Array(signedLength + SIGNATURE_BYTES);
  out.set(utf8.encode(magic), 0);
  new DataView(out.buffer).setUint32(magic.length, headerBytes.length, false);
  out.set(headerBytes, PREFIX_BYTES);
  out.set(ciphertext, PREFIX_BYTES + headerBytes.length);
  out.set(ed25519.sign(out.subarray(0, signedLength), input.sender.privateKey), signedLength);
  return out;
}

export interface ParsedBundle {
  kind: EnvelopeKind;
  header: BundleHeader;
  headerBytes: Uint8Array;
  ciphertext: Uint8Array;
  /** Whether the signature matches the contents and the key the header names. */
  signatureValid: boolean;
}

/**
 * Reads a bundle's structure and checks its signature against the key its header names (whether
 * that key is trusted is the caller's question). Refuses what is not a bundle, is cut short or
 * comes from a newer version; a bad signature is reported, for the caller to refuse.
 */
export function parseBundle(bytes: Uint8Array, kind: EnvelopeKind = 'bundle'): ParsedBundle {
  const { magic, name, short } = ENVELOPES[kind];
  const refuse = (reason: RefusalReason, problem: Text) => new BundleRefused(reason, problem, kind);
  const damaged = () => refuse('tampered', sentence('sync.headerDamaged', { short }));
  if (bytes.length < PREFIX_BYTES || fromLatin1(bytes.subarray(0, magic.length)) !== magic)
    throw refuse('not_a_bundle', sentence('sync.notAnEnvelope', { name }));
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    magic.length,
    false,
  );
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw damaged();
  if (bytes.length < PREFIX_BYTES + headerLength)
    throw truncated(kind, bytes.length, PREFIX_BYTES + headerLength + SIGNATURE_BYTES);
  const headerBytes = bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8.decode(headerBytes));
  } catch {
    throw damaged();
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > FORMAT)
    throw refuse(
      'newer_format',
      sentence('sync.newerFormat', { short, format, supported: FORMAT }),
    );
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw damaged();
  const header = parsed.data;
  const signedLength = PREFIX_BYTES + headerLength + header.cipherBytes;
  const expected = signedLength + SIGNATURE_BYTES;
  if (bytes.length < expected) throw truncated(kind, bytes.length, expected);
  if (bytes.length > expected)
    throw refuse(
      'tampered',
      sentence('sync.extraBytes', { short, extra: bytes.length - expected }),
    );
  let signatureValid = false;
  try {
    signatureValid = ed25519.verify(
      bytes.subarray(signedLength, expected),
      bytes.subarray(0, signedLength),
      Buffer.from(header.sender.publicKey, 'hex'),
    );
  } catch {
    signatureValid = false;
  }
  return {
    kind,
    header,
    headerBytes,
    ciphertext: bytes.subarray(PREFIX_BYTES + headerLength, signedLength),
    signatureValid,
  };
}

/**
 * Decrypts and reads the payload (a pack's with its own schema); a failure to decrypt a signed
 * bundle means a wrong passphrase.
 */
export function openPayload<P extends Payload = Payload>(
  bundle: ParsedBundle,
  passphrase: string,
  schema: z.ZodType<P> = payloadSchema as z.ZodType<P>,
): P {
  const { header, kind } = bundle;
  const { short } = ENVELOPES[kind];
  const key = deriveKey(passphrase, header.kdf, Buffer.from(header.kdf.salt, 'hex'));
  let plain: Uint8Array;
  try {
    plain = xchacha20poly1305(key, Buffer.from(header.nonce, 'hex'), bundle.headerBytes).decrypt(
      bundle.ciphertext,
    );
  } catch {
    throw new BundleRefused('wrong_passphrase', sentence('sync.wrongPassphrase', { short }), kind);
  }
  let payload: unknown;
  try {
    const inflated = inflateSync(plain);
    if (inflated.length !== header.payloadBytes) throw new Error('length');
    payload = JSON.parse(fromUtf8.decode(inflated));
  } catch {
    throw new BundleRefused('tampered', sentence('sync.contentsDamaged', { short }), kind);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success || parsed.data.changes.length !== header.changeCount)
    throw new BundleRefused('invalid_change', sentence('sync.notChanges', { short }), kind);
  return parsed.data;
}

function truncated(kind: EnvelopeKind, actual: number, expected: number): BundleRefused {
  const { short } = ENVELOPES[kind];
  return new BundleRefused(
    'truncated',
    sentence('sync.truncated', { short, actual, expected }),
    kind,
  );
}

function fromLatin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
