// Renders a route of the real app to HTML at build time (scripts/prerender-plugin.ts), so the first
// screen paints from index.html before any script runs. src/boot/start.ts then mounts over it with the same markup.
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { createAppRouter, documentTitle } from './router'

export async function renderRoute(url: string): Promise<{ html: string; title: string }> {
  const app = createSSRApp(App)
  app.use(createPinia())
  const router = createAppRouter(createMemoryHistory())
  app.use(router)
  await router.push(url)
  await router.isReady()
  return { html: await renderToString(app), title: documentTitle(router.currentRoute.value.meta.title) }
}
