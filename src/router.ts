import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import HomeView from './views/HomeView.vue'
import { APP_NAME } from './appInfo'
import { reportMissingCode } from './support/missingCode'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's own name, shown in the document title before the app's name. */
    title: string
    /** The page shows its content after loading it and says when (firstScreenShown), not the app's start. */
    showsContentLater?: boolean
  }
}

// The question bank (knowledge base + generators) is the biggest thing Study and the player wait for,
// and storage (the saved quiz, what is due) the next: start loading both beside the page's own chunk
// instead of after the page has mounted. On a slow link that is one round trip fewer before a question.
const withBank = <T>(page: () => Promise<T>) => () => {
  void import('./storage/loadBank').catch(reportMissingCode)
  void import('./stores/progress').catch(reportMissingCode)
  return page()
}

// Home is in the entry chunk so it paints at once; every other page loads (and is precached) on its own.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'Study one article closely' } },
  { path: '/study', name: 'study', component: withBank(() => import('./views/StudyView.vue')), meta: { title: 'Study', showsContentLater: true } },
  { path: '/quiz', name: 'quiz', component: withBank(() => import('./views/QuizView.vue')), meta: { title: 'Quiz', showsContentLater: true } },
  { path: '/quiz/results', name: 'results', component: () => import('./views/ResultsView.vue'), meta: { title: 'Results' } },
  { path: '/article', name: 'article', component: () => import('./views/ArticleView.vue'), meta: { title: 'The article' } },
  { path: '/people', name: 'people', component: () => import('./views/PeopleView.vue'), meta: { title: 'People, places and organisations' } },
  { path: '/timeline', name: 'timeline', component: () => import('./views/TimelineView.vue'), meta: { title: 'Timeline' } },
  { path: '/progress', name: 'progress', component: () => import('./views/ProgressView.vue'), meta: { title: 'Progress' } },
  { path: '/classroom', name: 'classroom', component: () => import('./views/ClassroomView.vue'), meta: { title: 'Classroom' } },
  { path: '/classroom/results', name: 'classroom-results', component: () => import('./views/CollectView.vue'), meta: { title: 'Collect results' } },
  { path: '/classroom/host', name: 'classroom-host', component: () => import('./views/HostView.vue'), meta: { title: 'Host a quiz' } },
  { path: '/join', name: 'join', component: () => import('./views/JoinView.vue'), meta: { title: 'Join a class quiz' } },
  {
    path: '/classroom/export',
    name: 'classroom-export',
    component: () => import('./views/ClassroomExportView.vue'),
    meta: { title: 'Export and import questions' },
  },
  {
    path: '/classroom/worksheet',
    name: 'classroom-worksheet',
    component: () => import('./views/ClassroomWorksheetView.vue'),
    meta: { title: 'Worksheet' },
  },
  { path: '/about', name: 'about', component: () => import('./views/AboutView.vue'), meta: { title: 'About' } },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { title: 'Page not found' },
  },
]

export function documentTitle(pageTitle: string | undefined): string {
  return pageTitle ? `${pageTitle} · ${APP_NAME}` : APP_NAME
}

/** `mounted`: resolves once the app is mounted (src/boot/start.ts mounts it in a task after the first navigation). */
export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL), mounted: Promise<void> = Promise.resolve()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, savedPosition) {
      // A link to one item (/article?item=<id>#p7): the Article page scrolls to the item itself.
      const item = to.name === 'article' && !!to.query.item
      const position = savedPosition ?? (item ? false : to.hash ? { el: to.hash, top: 16 } : undefined)
      // The page load's first navigation: with nothing to go to, the page stays where the browser put
      // it (at the top, or where the learner has scrolled the prerendered Home to): scrolling would
      // only force a layout of the page just rendered (10 ms for the Article here). A #hash or a
      // position saved before a reload waits for the page it is in to be mounted.
      if (from.matched.length === 0) return position ? mounted.then(() => position) : false
      if (position !== undefined) return position
      // Only the query changed (/quiz?start=quick -> /quiz once the quiz is on): the page stays, so
      // does the scroll, and no layout is forced just then.
      if (to.path === from.path && !from.hash && from.matched.length > 0) return false
      return { top: 0 }
    },
  })
  // A page of an older version whose chunk is gone (another tab accepted an update): the learner stays where
  // they are and is told a reload brings the new version.
  router.onError((error) => {
    if (!reportMissingCode(error)) console.error(error)
  })
  router.afterEach((to) => {
    // No document while prerendering at build time.
    if (typeof document !== 'undefined') document.title = documentTitle(to.meta.title)
  })
  return router
}
