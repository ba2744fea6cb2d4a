// Run before each file of the `dom` project (and `dom-mocks`): every test starts on a new page (see page.ts), with an
// empty IndexedDB of its own, as a first visit in a browser would.
import 'fake-indexeddb/auto' // the IDB* classes idb checks values against
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach } from 'vitest'
import { newPage } from './page'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

afterEach(newPage)
