// Byte-level helpers shared by the quiz-link and result-code codecs: a writer and a bounded
// reader, base64url and CRC-32. Plain and synchronous, so the codecs run anywhere (Node tests too).

/** Thrown by ByteReader on malformed input; the codecs turn it into a message, never let it escape. */
export class CodecError extends Error {}

const MAX_VARINT = 2 ** 32 - 1

export class ByteWriter {
  private readonly bytes: number[] = []

  u8(value: number): this {
    this.bytes.push(value & 0xff)
    return this
  }

  u32(value: number): this {
    for (let shift = 24; shift >= 0; shift -= 8) this.bytes.push((value >>> shift) & 0xff)
    return this
  }

  /** Unsigned LEB128: small numbers (question positions, seconds) take one byte. */
  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) throw new RangeError(`Not a small unsigned integer: ${value}`)
    let rest = value
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80)
      rest = Math.floor(rest / 0x80)
    }
    this.bytes.push(rest)
    return this
  }

  /** UTF-8 text with its byte length in front, cut (at a character boundary) to maxBytes. */
  text(value: string, maxBytes: number): this {
    const encoded = utf8Prefix(value, maxBytes)
    this.varint(encoded.length)
    for (const byte of encoded) this.bytes.push(byte)
    return this
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes)
  }
}

export class ByteReader {
  private offset = 0
  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.offset
  }

  u8(): number {
    if (this.remaining < 1) throw new CodecError('truncated')
    return this.bytes[this.offset++] as number
  }

  u32(): number {
    let value = 0
    for (let i = 0; i < 4; i++) value = value * 256 + this.u8()
    return value
  }

  varint(max = MAX_VARINT): number {
    let value = 0
    let scale = 1
    for (let i = 0; i < 5; i++) {
      const byte = this.u8()
      value += (byte & 0x7f) * scale
      if ((byte & 0x80) === 0) {
        if (value > max) throw new CodecError('number out of range')
        return value
      }
      scale *= 0x80
    }
    throw new CodecError('number too long')
  }

  text(maxBytes: number): string {
    const length = this.varint(maxBytes)
    if (this.remaining < length) throw new CodecError('truncated')
    const slice = this.bytes.subarray(this.offset, this.offset + length)
    this.offset += length
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(slice)
    } catch {
      throw new CodecError('not UTF-8')
    }
  }
}

/** The UTF-8 bytes of the longest prefix of `value` that fits in maxBytes. */
export function utf8Prefix(value: string, maxBytes: number): Uint8Array {
  const encoder = new TextEncoder()
  const whole = encoder.encode(value)
  if (whole.length <= maxBytes) return whole
  let cut = ''
  for (const char of value) {
    if (encoder.encode(cut + char).length > maxBytes) break
    cut += char
  }
  return encoder.encode(cut)
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Map([...ALPHABET].map((char, index) => [char, index]))

export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >>> (18 - 6 * c)) & 0x3f]
  }
  return out
}

/** Bytes, or undefined when the text is not unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined
  const out: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text) {
    const value = LOOKUP.get(char)
    if (value === undefined) return undefined
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out.push((buffer >>> bits) & 0xff)
    }
  }
  // Leftover bits must be zero, so each byte string has exactly one spelling.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined
  return Uint8Array.from(out)
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE): catches every single changed character and every burst of up to 32 bits. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Appends the CRC-32 of `body`. */
export function withChecksum(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 4)
  out.set(body)
  const crc = crc32(body)
  out.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], body.length)
  return out
}

/** The body when the trailing CRC-32 matches, else undefined. */
export function verifiedBody(bytes: Uint8Array): { body: Uint8Array; checksum: number } | undefined {
  if (bytes.length < 5) return undefined
  const body = bytes.subarray(0, bytes.length - 4)
  const stored = new ByteReader(bytes.subarray(bytes.length - 4)).u32()
  return crc32(body) === stored ? { body, checksum: stored } : undefined
}
