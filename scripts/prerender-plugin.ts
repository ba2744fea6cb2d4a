// Puts Home's first screen into the built index.html as static HTML, rendered from the real
// components (src/prerender.ts) by a throw-away Vite SSR server during `vite build`.
import vue from '@vitejs/plugin-vue'
import { createServer, type Plugin, type ResolvedConfig } from 'vite'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const MOUNT_POINT = '<div id="app"></div>'

export function prerenderHome(): Plugin {
  let config: ResolvedConfig | undefined
  return {
    name: 'close-read:prerender-home',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(MOUNT_POINT)) throw new Error(`index.html has no ${MOUNT_POINT} to prerender into`)
        const server = await createServer({
          // Only what rendering needs: not the app's config file, whose plugins (content validation,
          // the PWA) the build runs already. The same defines and production mode, so scoped-style
          // ids and flags match the client build.
          configFile: false,
          root: config?.root,
          define: config?.define,
          plugins: [vue()],
          mode: 'production',
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        })
        try {
          const { renderRoute } = (await server.ssrLoadModule('/src/prerender.ts')) as typeof import('../src/prerender')
          const home = await renderRoute('/')
          return html
            .replace(MOUNT_POINT, `<div id="app">${home.html}</div>`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(home.title)}</title>`)
        } finally {
          await server.close()
        }
      },
    },
  }
}
