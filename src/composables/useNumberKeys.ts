import { onBeforeUnmount, onMounted } from 'vue'
import { isTypingTarget } from '../support/typingTarget'

/** Calls `onNumber(n)` (1-based) when the learner presses 1–9 outside a text field. */
export function useNumberKeys(onNumber: (n: number) => void) {
  function onKeydown(event: KeyboardEvent) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
    if (isTypingTarget(event.target)) return
    if (!/^[1-9]$/.test(event.key)) return
    event.preventDefault()
    onNumber(Number(event.key))
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
