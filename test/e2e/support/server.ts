// A small static server for the built app, like a static host with SPA rewrites: a file if it
// exists, else index.html; text compressed with gzip when the browser accepts it, as hosts do (the
// bench's Lighthouse figures would otherwise count raw bytes). Its root can be switched to serve a
// "new version" for the update spec.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt'])

/** A file's body, gzipped or not, read once per path and modification time. */
const bodies = new Map<string, { mtimeMs: number; raw: Buffer; gzip?: Buffer }>()
function bodyOf(file: string, gzip: boolean): Buffer {
  const { mtimeMs } = statSync(file)
  let body = bodies.get(file)
  if (!body || body.mtimeMs !== mtimeMs) bodies.set(file, (body = { mtimeMs, raw: readFileSync(file) }))
  if (!gzip) return body.raw
  body.gzip ??= gzipSync(body.raw)
  return body.gzip
}

export interface StaticServer {
  url: string
  setRoot(root: string): void
  close(): Promise<void>
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  let currentRoot = resolve(root)
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const safePath = normalize(path).replace(/^(\.\.[/\\])+/, '')
    let file = join(currentRoot, safePath)
    if (!file.startsWith(currentRoot) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(currentRoot, 'index.html')
    }
    const hashed = safePath.startsWith('/assets/')
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    response.end(bodyOf(file, gzip))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot(next) {
      currentRoot = resolve(next)
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
