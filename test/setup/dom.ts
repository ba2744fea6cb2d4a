// Run before each file of the `dom` project. Its files share one module graph and one window (`isolate: false`:
// no fresh happy-dom and module imports per file), so each test starts here on a new page, as it would in a browser:
// what a page load starts afresh (module state, storage, the DOM, Pinia, timers, stubs) is reset after every test.
import 'fake-indexeddb/auto' // the IDB* classes; every test gets an empty IndexedDB of its own below
import { IDBFactory } from 'fake-indexeddb'
import { setActivePinia } from 'pinia'
import { afterEach, beforeEach, vi } from 'vitest'
import { useAnswerComponents } from '../../src/composables/useAnswerComponents'
import { forgetFirstScreen } from '../../src/firstScreen'
import { forgetClassroomRepository } from '../../src/support/classroom'
import { blankPage, unmountLeftovers } from './page'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

afterEach(() => {
  unmountLeftovers()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  blankPage()
  localStorage.clear()
  sessionStorage.clear()
  setActivePinia(undefined)
  // The app's page-long state: the answer components loaded, when the first screen showed, the classes kept in memory.
  useAnswerComponents().forget()
  forgetFirstScreen()
  forgetClassroomRepository()
})
