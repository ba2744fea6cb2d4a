// Keyboard hints (number badges, "Keys: 1–9 choose", "press Space, then the arrow keys") show only
// where a keyboard is in use: on a fine pointer (a mouse, so most likely a keyboard too), or once a
// key is pressed. A touch clears it again. The page marks <html data-keyboard> and CSS hides every
// `.keyboard-only` element without it (src/styles/main.css).

const NAVIGATION_KEYS = /^(Tab|Enter| |Escape|Arrow|Home|End|[0-9])/

/** Starts marking the page; returns a function that stops it (tests). */
export function watchKeyboardUse(win: Window = window): () => void {
  const root = win.document.documentElement
  const set = (on: boolean) => {
    if (on) root.dataset.keyboard = ''
    else delete root.dataset.keyboard
  }
  set(win.matchMedia?.('(pointer: fine)').matches ?? false)
  const onKey = (event: KeyboardEvent) => {
    if (NAVIGATION_KEYS.test(event.key)) set(true)
  }
  const onPointer = (event: PointerEvent) => {
    if (event.pointerType === 'touch') set(false)
  }
  win.addEventListener('keydown', onKey, true)
  win.addEventListener('pointerdown', onPointer, true)
  return () => {
    win.removeEventListener('keydown', onKey, true)
    win.removeEventListener('pointerdown', onPointer, true)
  }
}
