// Pieces of result-code encoding shared by several types (see src/classroom/resultCode.ts for the layout).
import type { ByteReader, ByteWriter } from '../../../lib/bytes'
import { indexIn } from './text'

/** Longest typed answer a result code carries. */
export const MAX_TEXT_BYTES = 200

/** A count, then each id as its index among `ids`. */
export function writeIndices(writer: ByteWriter, ids: readonly string[], chosen: readonly string[]): void {
  writer.varint(chosen.length)
  for (const id of chosen) writer.varint(indexIn(ids, id))
}

/** The ids written by writeIndices; a repeated one makes the code unreadable. */
export function readIndices(reader: ByteReader, ids: readonly string[]): string[] {
  const count = reader.varint(ids.length)
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const id = ids[reader.varint(ids.length - 1)] as string
    if (out.includes(id)) throw new RangeError('repeated choice')
    out.push(id)
  }
  return out
}

/** A count, then each (left, right) pair as two indices: matching-like types. */
export function writeCodedPairs(writer: ByteWriter, left: readonly string[], right: readonly string[], pairs: Readonly<Record<string, string>>): void {
  const entries = Object.entries(pairs)
  writer.varint(entries.length)
  for (const [from, to] of entries) writer.varint(indexIn(left, from)).varint(indexIn(right, to))
}

/** The pairs written by writeCodedPairs. */
export function readCodedPairs(reader: ByteReader, left: readonly string[], right: readonly string[]): Record<string, string> {
  const count = reader.varint(left.length)
  // A null-prototype map: a crafted code cannot reach Object.prototype through a pair's key.
  const pairs: Record<string, string> = Object.create(null)
  for (let i = 0; i < count; i++) {
    const from = left[reader.varint(left.length - 1)] as string
    pairs[from] = right[reader.varint(right.length - 1)] as string
  }
  return { ...pairs }
}
