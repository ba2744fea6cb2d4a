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
