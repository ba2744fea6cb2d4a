// Puts Home's first screen into the built index.html as static HTML, rendered from the real
// components (src/prerender.ts) by a throw-away Vite SSR server during `vite build`.
import { createServer, type Plugin } from 'vite'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const MOUNT_POINT = '<div id="app"></div>'

export function prerenderHome(): Plugin {
  return {
    name: 'close-read:prerender-home',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(MOUNT_POINT)) throw new Error(`index.html has no ${MOUNT_POINT} to prerender into`)
        const server = await createServer({
          // Production mode, so scoped-style ids match the client build's CSS.
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
