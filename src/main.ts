import { createApp, createSSRApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { applyCachedAppearance, clearBootMark } from './boot/boot'
import './styles/main.css'

// The built app has applied it already from a blocking script in <head>; the dev server has not.
applyCachedAppearance()

// index.html holds Home's first screen, prerendered at build time. On Home the app hydrates it: the
// same DOM nodes stay, so nothing repaints (and the largest paint stays the first one). On any other
// URL that screen is not this page's, so the app renders afresh over it.
const root = document.querySelector('#app')
const hydrate = location.pathname === '/' && root?.firstElementChild !== null && root?.firstElementChild !== undefined
const app = hydrate ? createSSRApp(App) : createApp(App)
app.use(createPinia())
const router = createAppRouter()
app.use(router)
// Mount once the first route is resolved, so the prerendered screen is never replaced by an empty page.
void router.isReady().then(() => {
  if (!hydrate && root) root.textContent = ''
  app.mount('#app')
  clearBootMark()
})
