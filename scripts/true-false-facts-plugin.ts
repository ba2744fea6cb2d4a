// Serves `virtual:close-read/true-false-facts`: the true/false facts of the shipped knowledge base
// (src/questions/generators/trueFalseFacts.ts), worked out here once instead of on every phone that
// builds the bank, packed by src/questions/generators/trueFalseCodec.ts. Unpacking must give back
// what was worked out, or the build (and the tests, which load the same module) fail.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { Plugin } from 'vite'
import { parseParagraphs } from '../src/content/article'
import type { KnowledgeBase, KnowledgeItem } from '../src/domain/knowledge'
import { createContext } from '../src/questions/generators/context'
import { trueFalseGroups } from '../src/questions/generators/trueFalse'
import { packTrueFalseFacts, shippedTrueFalseFacts, type PackedTrueFalseFacts } from '../src/questions/generators/trueFalseCodec'
import { workOutTrueFalseFacts, type TrueFalseFacts } from '../src/questions/generators/trueFalseFacts'
import { ARTICLE_DIR } from './validate-content-plugin'

const MODULE_ID = 'virtual:close-read/true-false-facts'
const RESOLVED_ID = `\0${MODULE_ID}`

/**
 * The facts to ship for a knowledge base: worked out, packed, and checked to unpack to what was
 * worked out (it throws if not). The bench builds the bank with them too, as the app does.
 */
export function trueFalseFactsToShip(knowledge: KnowledgeBase, paragraphs: readonly string[]): PackedTrueFalseFacts {
  // The seed plays no part in these facts.
  const context = createContext(knowledge, paragraphs, 0)
  const asked = trueFalseGroups(context).map((items) => items[0] as KnowledgeItem)
  // Worked out once, for packing and for the check.
  const workedOut = new Map(asked.map((item) => [item, workOutTrueFalseFacts(context, item)]))
  const packed = packTrueFalseFacts(context, asked, (_, item) => workedOut.get(item) as TrueFalseFacts)
  const shipped = shippedTrueFalseFacts(JSON.parse(JSON.stringify(packed)) as PackedTrueFalseFacts)
  for (const [item, worked] of workedOut) {
    if (worked.swaps.length > 0 && !isDeepStrictEqual(shipped(context, item), worked)) {
      throw new Error(`The packed true/false facts of '${item.id}' do not unpack to what was worked out (trueFalseCodec.ts).`)
    }
  }
  return packed
}

export function trueFalseFacts(articleDir = ARTICLE_DIR): Plugin {
  let root = process.cwd()
  return {
    name: 'close-read:true-false-facts',
    configResolved(config) {
      root = config.root
    },
    resolveId(source) {
      return source === MODULE_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return
      const knowledgePath = resolve(root, articleDir, 'knowledge.json')
      const articlePath = resolve(root, articleDir, 'article.txt')
      this.addWatchFile(knowledgePath)
      this.addWatchFile(articlePath)
      const knowledge = JSON.parse(readFileSync(knowledgePath, 'utf8')) as KnowledgeBase
      try {
        return `export default ${JSON.stringify(trueFalseFactsToShip(knowledge, parseParagraphs(readFileSync(articlePath, 'utf8'))))}`
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error))
      }
    },
  }
}
