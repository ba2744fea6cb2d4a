import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { applyCachedAppearance } from './stores/settings'
import { clearBootMark } from './boot/boot'
import './styles/main.css'

// The built app has applied it already from a blocking script in <head>; the dev server has not.
applyCachedAppearance()

const app = createApp(App)
app.use(createPinia())
const router = createAppRouter()
app.use(router)
// Mount once the first route is resolved, so the prerendered first screen in index.html is replaced
// by the same markup in one step, never by an empty page.
void router.isReady().then(() => {
  app.mount('#app')
  clearBootMark()
})
