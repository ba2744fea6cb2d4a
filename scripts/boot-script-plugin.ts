// Emits src/boot/boot.ts as a tiny classic script and loads it blocking in <head>: module
// scripts run after the first paint, which is too late now that Home's first screen is prerendered.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { transformWithOxc, type Plugin } from 'vite'

export async function compileBootScript(root: string): Promise<string> {
  const source = readFileSync(resolve(root, 'src/boot/boot.ts'), 'utf8')
  const { code } = await transformWithOxc(source, 'boot.ts', { lang: 'ts' })
  // Comments stay in the source: the script is loaded on every visit, before the first paint.
  const body = code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^export /gm, '')
    .replace(/\n\s*\n/g, '\n')
  return `(() => {\n${body}applyCachedAppearance()\nmarkOtherRoute()\n})()\n`
}

export function bootScript(): Plugin {
  let root = process.cwd()
  let fileName = ''
  return {
    name: 'close-read:boot-script',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    async buildStart() {
      const source = await compileBootScript(root)
      fileName = `assets/boot-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`
      this.emitFile({ type: 'asset', fileName, source })
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `/${fileName}` }, injectTo: 'head' }],
    },
  }
}
