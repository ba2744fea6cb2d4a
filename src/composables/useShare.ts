import { ref } from 'vue'

/** Shares text with the Web Share API, or copies it to the clipboard where sharing is not offered. */
export function useShare() {
  const status = ref('')

  async function share(title: string, text: string) {
    status.value = ''
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text })
        return
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    try {
      await navigator.clipboard.writeText(text)
      status.value = 'Copied to the clipboard.'
    } catch {
      status.value = 'Could not share or copy here. Select the text and copy it instead.'
    }
  }

  return { share, status }
}
