import { onBeforeUnmount, onMounted } from 'vue'
import { isTypingTarget } from '../support/typingTarget'

/** Enter anywhere in the player (outside buttons, links and text fields) runs the main action. */
export function useEnterKey(onEnter: () => void) {
  function onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return
    const target = event.target
    if (isTypingTarget(target)) return
    if (target instanceof HTMLElement && target.closest('button, a, [role="button"], dialog, summary')) return
    event.preventDefault()
    onEnter()
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
