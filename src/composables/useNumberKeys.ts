import { onBeforeUnmount, onMounted } from 'vue'

/** True when a key press belongs to a text field (number keys must type digits there). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type))
}

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
