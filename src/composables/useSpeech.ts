import { onBeforeUnmount, onMounted, ref } from 'vue'

/** Read-aloud with the Web Speech API, offered only where the device has a voice. */
export function useSpeech() {
  const available = ref(false)
  const speaking = ref(false)
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined

  function refresh() {
    available.value = !!synth && synth.getVoices().length > 0
  }

  function speak(text: string) {
    if (!synth || !available.value) return
    synth.cancel()
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = 'en'
    utterance.onend = () => (speaking.value = false)
    utterance.onerror = () => (speaking.value = false)
    speaking.value = true
    synth.speak(utterance)
  }

  function stop() {
    synth?.cancel()
    speaking.value = false
  }

  onMounted(() => {
    refresh()
    synth?.addEventListener?.('voiceschanged', refresh)
  })
  onBeforeUnmount(() => {
    synth?.removeEventListener?.('voiceschanged', refresh)
    stop()
  })

  return { available, speaking, speak, stop }
}
