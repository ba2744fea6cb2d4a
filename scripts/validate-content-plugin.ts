// Fails `vite build` (and reports in `vite dev`) when the knowledge base no longer matches its
// article: evidence offsets, references, coverage (the rules of src/content/rules/), each problem
// with the id of its rule. Wire it in vite.config.ts: plugins: [validateContent()].
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { parseParagraphs } from '../src/content/article'
import { formatProblem, validateKnowledge } from '../src/content/validate'
import { packKnowledge, unpackKnowledge } from '../src/content/knowledgeCodec'

/** Where the shipped article and its knowledge base live, relative to the Vite root. */
export const ARTICLE_DIR = 'content/articles/nagorno-karabakh-exodus-2023'

export interface ValidateContentOptions {
  /** Folder holding article.txt and knowledge.json, relative to the Vite root. */
  articleDir?: string
}

export function validateContent(options: ValidateContentOptions = {}): Plugin {
  let root = process.cwd()
  // Only the built app is compacted: the tests and the dev server read the knowledge base as written.
  let compact = false
  const dirOf = () => resolve(root, options.articleDir ?? ARTICLE_DIR)
  return {
    name: 'close-read:validate-content',
    // Before Vite's JSON plugin turns knowledge.json into a module.
    enforce: 'pre',
    configResolved(config) {
      root = config.root
      compact = config.command === 'build'
    },
    buildStart() {
      const dir = dirOf()
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
          `${knowledgePath} does not match its article (${result.problems.length} problems):\n  - ${result.problems.map(formatProblem).join('\n  - ')}`,
        )
      }
    },
    // Ships the knowledge base packed (src/content/knowledgeCodec.ts: offsets into the article instead
    // of its words, numbers for ids) and without validator-only data; src/content/knowledge.ts
    // unpacks it. Unpacking must give back the validated source exactly, or the build fails.
    transform(code, id) {
      if (!compact || resolve(id.split('?')[0] ?? id) !== resolve(dirOf(), 'knowledge.json')) return
      const data = JSON.parse(code) as Record<string, unknown>
      delete data.capitalizedNonNames
      const paragraphs = parseParagraphs(readFileSync(resolve(dirOf(), 'article.txt'), 'utf8'))
      const packed = JSON.stringify(packKnowledge(data, paragraphs))
      if (JSON.stringify(unpackKnowledge(JSON.parse(packed), paragraphs)) !== JSON.stringify(data)) {
        this.error('The packed knowledge base does not unpack to its source (src/content/knowledgeCodec.ts).')
      }
      return { code: packed, map: null }
    },
  }
}
