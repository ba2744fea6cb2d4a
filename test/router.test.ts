// @vitest-environment happy-dom
import { createMemoryHistory, START_LOCATION, type RouteLocationNormalized } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { createAppRouter, documentTitle, routes } from '../src/router'

describe('router', () => {
  it('has the six main pages, the quiz and its results, the classroom pages and a catch-all not-found page', () => {
    const names = routes.map((route) => route.name)
    expect(names).toEqual([
      'home', 'study', 'quiz', 'results', 'article', 'people', 'timeline', 'progress',
      'classroom', 'classroom-results', 'classroom-host', 'join', 'classroom-export', 'classroom-worksheet', 'about',
      'not-found',
    ])
  })

  it('loads every classroom page lazily, in its own chunk', () => {
    for (const name of ['classroom', 'classroom-results', 'classroom-host', 'join', 'classroom-export', 'classroom-worksheet']) {
      expect(typeof routes.find((route) => route.name === name)?.component).toBe('function')
    }
  })

  it('scrolls to the top on a new page, to a #hash, back to where it was; not when only the query changes', async () => {
    const router = createAppRouter(createMemoryHistory())
    const scroll = router.options.scrollBehavior
    if (!scroll) throw new Error('no scrollBehavior')
    const at = (path: string) => router.resolve(path) as RouteLocationNormalized
    expect(await scroll(at('/study'), at('/'), null)).toEqual({ top: 0 })
    expect(await scroll(at('/article#p3'), at('/'), null)).toEqual({ el: '#p3', top: 16 })
    expect(await scroll(at('/study'), at('/quiz'), { left: 0, top: 120 })).toEqual({ left: 0, top: 120 })
    expect(await scroll(at('/quiz'), at('/quiz?start=quick'), null)).toBe(false)
    // Leaving a #hash on the same page (the Progress link from /progress#storage) goes back to the top.
    expect(await scroll(at('/progress'), at('/progress#storage'), null)).toEqual({ top: 0 })
    expect(await scroll(at('/article?item=fact.x'), at('/'), null)).toBe(false)
    // Opening the app: no scroll (it is at the top already) but to a #hash or a position saved before a reload.
    expect(await scroll(at('/article'), START_LOCATION, null)).toBe(false)
    expect(await scroll(at('/article#p3'), START_LOCATION, null)).toEqual({ el: '#p3', top: 16 })
    expect(await scroll(at('/article'), START_LOCATION, { left: 0, top: 300 })).toEqual({ left: 0, top: 300 })
  })

  it('scrolls on the first navigation only once the app is mounted', async () => {
    let markMounted: () => void = () => {}
    const router = createAppRouter(createMemoryHistory(), new Promise((resolve) => (markMounted = resolve)))
    const scroll = router.options.scrollBehavior
    if (!scroll) throw new Error('no scrollBehavior')
    let scrolledTo: unknown
    void Promise.resolve(scroll(router.resolve('/article#p3') as RouteLocationNormalized, START_LOCATION, null)).then((to) => (scrolledTo = to))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(scrolledTo).toBeUndefined()
    markMounted()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(scrolledTo).toEqual({ el: '#p3', top: 16 })
  })

  it('sends unknown paths to the not-found page', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/definitely/not/here')
    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('sets a document title per route', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/article')
    expect(document.title).toBe('The article · Close Read')
    await router.push('/nope')
    expect(document.title).toBe('Page not found · Close Read')
    await router.push('/')
    expect(document.title).toBe('Study one article closely · Close Read')
  })

  it('builds titles with the app name last', () => {
    expect(documentTitle('Progress')).toBe('Progress · Close Read')
    expect(documentTitle(undefined)).toBe('Close Read')
  })
})
