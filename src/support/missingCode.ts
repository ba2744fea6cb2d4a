// A tab left open while another accepted an update runs the old version, whose lazily loaded chunks the new
// service worker no longer has (and the host may have replaced): such an import() fails. That is not a bug
// to show as a broken page but news: a new version is ready and a reload brings it. Every place that loads
// code on demand reports its failure here; the app shows one notice with a Reload button.

/** The messages browsers give a failed import() of a module script (Chromium, Firefox, Safari) and Vite's preload of its CSS. */
const MISSING_CODE = /dynamically imported module|Importing a module script failed|module script|Unable to preload CSS|Failed to load module/i

export function isMissingCode(error: unknown): boolean {
  return error instanceof Error && MISSING_CODE.test(error.message)
}

let missing = false
const listeners = new Set<() => void>()

/** Reports a failed load of code; true when it was one (the notice then shows), false for any other error. */
export function reportMissingCode(error: unknown): boolean {
  if (!isMissingCode(error)) return false
  if (!missing) {
    missing = true
    for (const listener of listeners) listener()
  }
  return true
}

/** Whether some code of this version could not be loaded. */
export function codeIsMissing(): boolean {
  return missing
}

/** Calls `listener` once code is found missing (at once if it already is); returns how to stop. */
export function onMissingCode(listener: () => void): () => void {
  if (missing) listener()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
