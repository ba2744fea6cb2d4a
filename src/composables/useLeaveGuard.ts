import { ref } from 'vue'
import { onBeforeRouteLeave, useRouter } from 'vue-router'

/**
 * Asks before leaving a page with work under way: a route change is held while `holds(path)` says so,
 * and `leaveTarget` is set for a dialog to confirm (`confirmLeave`) or drop (`stay`).
 */
export function useLeaveGuard(holds: (path: string) => boolean, fallback: string) {
  const router = useRouter()
  const leaveTarget = ref<string | null>(null)
  let confirmed = false

  onBeforeRouteLeave((to) => {
    if (confirmed || !holds(to.path)) return true
    leaveTarget.value = to.fullPath
    return false
  })

  function confirmLeave() {
    confirmed = true
    const target = leaveTarget.value ?? fallback
    leaveTarget.value = null
    void router.push(target)
  }

  return {
    leaveTarget,
    confirmLeave,
    stay: () => (leaveTarget.value = null),
    /** Leave without asking (the quiz ended). */
    release: () => (confirmed = true),
  }
}
