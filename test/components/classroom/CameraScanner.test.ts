// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CameraScanner from '../../../src/components/classroom/CameraScanner.vue'

const jsqrLoaded = vi.fn()
vi.mock('jsqr', () => {
  jsqrLoaded()
  return { default: () => null }
})

function fakeCamera(result: 'stream' | 'denied') {
  const stop = vi.fn()
  const getUserMedia = vi.fn(async () => {
    if (result === 'denied') throw new DOMException('no', 'NotAllowedError')
    return { getTracks: () => [{ stop }] } as unknown as MediaStream
  })
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true })
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
  // happy-dom's video element takes no stream; a real one does.
  Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', { set() {}, get: () => null, configurable: true })
  return { stop }
}

afterEach(() => {
  vi.restoreAllMocks()
  delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector
  jsqrLoaded.mockClear()
})

describe('the camera scanner', () => {
  it('reads codes with the browser\'s BarcodeDetector without loading jsQR, and stops the camera when closed', async () => {
    const { stop } = fakeCamera('stream')
    ;(globalThis as { BarcodeDetector?: unknown }).BarcodeDetector = class {
      async detect() {
        return [{ rawValue: 'CODE123' }]
      }
    }
    const wrapper = mount(CameraScanner)
    await flushPromises()
    expect(wrapper.emitted('code')).toEqual([['CODE123']])
    expect(jsqrLoaded).not.toHaveBeenCalled()
    wrapper.unmount()
    expect(stop).toHaveBeenCalled()
  })

  it('loads jsQR only when there is no BarcodeDetector', async () => {
    fakeCamera('stream')
    const wrapper = mount(CameraScanner)
    await flushPromises()
    await vi.dynamicImportSettled()
    expect(jsqrLoaded).toHaveBeenCalled()
    expect(wrapper.find('[role="status"]').text()).toBe('Point the camera at a result code.')
    wrapper.unmount()
  })

  it('says what to do when the camera cannot be opened', async () => {
    fakeCamera('denied')
    const wrapper = mount(CameraScanner)
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toContain('The camera could not be opened here. Paste the codes instead')
  })
})
