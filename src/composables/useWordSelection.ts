import { computed, ref } from 'vue'
import { wordsOf } from '../questions/types/shared/words'

/** The keys that move the caret through the words, by how far. */
const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1, Home: -Infinity, End: Infinity }

/**
 * Choosing a run of a paragraph's words without a drag, shared by Prove it (WordSpanPicker) and Mark
 * the text (LayerMarker). By touch: tap the first word, then the last (the same one twice for one
 * word). By keyboard: the arrow keys, Home and End move the caret, Shift with them extends the run
 * from where it started, Enter submits. What a finished run means is the component's business.
 */
export function useWordSelection(passage: () => string, disabled: () => boolean) {
  const words = computed(() => wordsOf(passage()))
  /** The first word tapped, waiting for the last. */
  const anchor = ref<number | null>(null)
  /** The keyboard's place: the end of the run Shift moves… */
  const caret = ref(0)
  /** …and the end it leaves where it is (null: the run is the caret's word alone). */
  const keyAnchor = ref<number | null>(null)

  /** The keyboard's run, in order. */
  const keySpan = computed(() => {
    const from = keyAnchor.value ?? caret.value
    return { first: Math.min(from, caret.value), last: Math.max(from, caret.value) }
  })

  /** A tap on a word: the first of two returns null (the run is pending), the second the run, in order. */
  function tap(index: number): { first: number; last: number } | null {
    if (disabled()) return null
    caret.value = index
    keyAnchor.value = null
    if (anchor.value === null) {
      anchor.value = index
      return null
    }
    const from = anchor.value
    anchor.value = null
    return { first: Math.min(from, index), last: Math.max(from, index) }
  }

  /** Lets the keyboard carry on from a run chosen otherwise (Shift then extends it from `from`). */
  function continueFrom(from: number, to: number) {
    keyAnchor.value = from === to ? null : from
    caret.value = to
  }

  /** A key in the passage: 'submit' for Enter, 'moved' when the caret moved, else undefined (not handled). */
  function onKey(event: KeyboardEvent): 'submit' | 'moved' | undefined {
    if (disabled()) return undefined
    if (event.key === 'Enter') {
      event.preventDefault()
      return 'submit'
    }
    const move = MOVES[event.key]
    if (move === undefined) return undefined
    event.preventDefault()
    const next = Math.min(words.value.length - 1, Math.max(0, caret.value + move))
    if (event.shiftKey) keyAnchor.value ??= caret.value
    else keyAnchor.value = null
    caret.value = next
    anchor.value = null
    return 'moved'
  }

  /** Forgets any pending tap and keyboard run (the caret stays). */
  function reset() {
    anchor.value = null
    keyAnchor.value = null
  }

  return { words, anchor, caret, keyAnchor, keySpan, tap, continueFrom, onKey, reset }
}
