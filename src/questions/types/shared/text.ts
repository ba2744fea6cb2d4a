// Small text helpers shared by the types' display, speech and answer-key code.
import type { Choice } from '../../../domain/question'

/** A, B, C… then 27, 28… past Z. */
export function letter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1)
}

/** The text of the choice with this id, or '' when there is none. */
export function choiceText(choices: readonly Choice[], id: string | undefined): string {
  return choices.find((choice) => choice.id === id)?.text ?? ''
}

export function letterOf(choices: readonly Choice[], id: string | undefined): string {
  return letter(choices.findIndex((choice) => choice.id === id))
}

/** "1: text. 2: text." as read aloud. */
export const spokenNumbered = (items: readonly Choice[]): string => items.map((item, i) => `${i + 1}: ${item.text}.`).join(' ')
export const spokenList = (items: readonly Choice[]): string => items.map((item) => `${item.text}.`).join(' ')

/** The index of `id` among `ids`; a RangeError when it is not one of them (a result code cannot hold it). */
export function indexIn(ids: readonly string[], id: string): number {
  const index = ids.indexOf(id)
  if (index < 0) throw new RangeError(`Unknown choice ${id}`)
  return index
}

export const idsOf = (choices: readonly Choice[]): string[] => choices.map((choice) => choice.id)
