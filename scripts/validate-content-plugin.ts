// Fails `vite build` (and reports in `vite dev`) when the knowledge base no longer matches its
// article: evidence offsets, references, coverage. Wire it in vite.config.ts: plugins: [validateContent()].
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { parseParagraphs } from '../src/content/article'
import { validateKnowledge } from '../src/content/validate'

export interface ValidateContentOptions {
  /** Folder holding article.txt and knowledge.json, relative to the Vite root. */
  articleDir?: string
}

export function validateContent(options: ValidateContentOptions = {}): Plugin {
  let root = process.cwd()
  return {
    name: 'close-read:validate-content',
    configResolved(config) {
      root = config.root
    },
    buildStart() {
      const dir = resolve(root, options.articleDir ?? 'content/articles/nagorno-karabakh-exodus-2023')
      const articlePath = resolve(dir, 'article.txt')
      const knowledgePath = resolve(dir, 'knowledge.json')
      this.addWatchFile(articlePath)
      this.addWatchFile(knowledgePath)

      let data: unknown
      try {
        data = JSON.parse(readFileSync(knowledgePath, 'utf8'))
      } catch (error) {
        this.error(`Cannot read ${knowledgePath}: ${error instanceof Error ? error.message : String(error)}`)
      }
      const result = validateKnowledge(data, parseParagraphs(readFileSync(articlePath, 'utf8')))
      if (!result.ok) {
        this.error(
          `${knowledgePath} does not match its article (${result.errors.length} errors):\n  - ${result.errors.join('\n  - ')}`,
        )
      }
    },
  }
}
