// "Prove it" in the feedback, loaded with its own chunk when feedback first shows (it brings the article's text).
import { defineAsyncComponent } from 'vue'

export const ProveItPanel = defineAsyncComponent(() => import('./ProveItPanel.vue'))
