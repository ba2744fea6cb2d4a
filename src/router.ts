import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import HomeView from './views/HomeView.vue'
import { APP_NAME } from './appInfo'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's own name, shown in the document title before the app's name. */
    title: string
  }
}

// Home is in the entry chunk so it paints at once; every other page loads (and is precached) on its own.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'Study one article closely' } },
  { path: '/study', name: 'study', component: () => import('./views/StudyView.vue'), meta: { title: 'Study' } },
  { path: '/quiz', name: 'quiz', component: () => import('./views/QuizView.vue'), meta: { title: 'Quiz' } },
  { path: '/quiz/results', name: 'results', component: () => import('./views/ResultsView.vue'), meta: { title: 'Results' } },
  { path: '/article', name: 'article', component: () => import('./views/ArticleView.vue'), meta: { title: 'The article' } },
  { path: '/people', name: 'people', component: () => import('./views/PeopleView.vue'), meta: { title: 'People, places and organisations' } },
  { path: '/timeline', name: 'timeline', component: () => import('./views/TimelineView.vue'), meta: { title: 'Timeline' } },
  { path: '/progress', name: 'progress', component: () => import('./views/ProgressView.vue'), meta: { title: 'Progress' } },
  { path: '/classroom', name: 'classroom', component: () => import('./views/ClassroomView.vue'), meta: { title: 'Classroom' } },
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

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition
      if (to.hash) return { el: to.hash, top: 16 }
      return { top: 0 }
    },
  })
  router.afterEach((to) => {
    document.title = documentTitle(to.meta.title)
  })
  return router
}
