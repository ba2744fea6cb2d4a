// The true/false facts the build ships (trueFalseCodec.ts): packed, they unpack to what was worked out.
import { describe, expect, it } from 'vitest'
import packedTrueFalseFacts from 'virtual:close-read/true-false-facts'
import { article } from '../../../src/content/bundledArticle'
import { knowledge } from '../../../src/content/knowledge'
import type { KnowledgeItem } from '../../../src/content/schema'
import { createContext } from '../../../src/questions/generators/context'
import { trueFalseGroups } from '../../../src/questions/generators/trueFalse'
import { packTrueFalseFacts, shippedTrueFalseFacts } from '../../../src/questions/generators/trueFalseCodec'
import { workOutTrueFalseFacts, type TrueFalseFacts } from '../../../src/questions/generators/trueFalseFacts'
import { trueFalseFactsToShip } from '../../../scripts/true-false-facts-plugin'

const context = createContext(knowledge, article.paragraphs, 1)
const asked = trueFalseGroups(context).map((items) => items[0] as KnowledgeItem)

describe('the shipped true/false facts', () => {
  it('are those of the knowledge base the app ships, and the module serves them', () => {
    expect(packedTrueFalseFacts).toEqual(trueFalseFactsToShip(knowledge, article.paragraphs))
    expect(packedTrueFalseFacts).toHaveLength(context.allItems.length)
  })

  it('unpack to what is worked out, for every item a true/false question is asked of', () => {
    const shipped = shippedTrueFalseFacts(packedTrueFalseFacts)
    let withSwaps = 0
    for (const item of asked) {
      const worked = workOutTrueFalseFacts(context, item)
      if (worked.swaps.length === 0) {
        expect(shipped(context, item).swaps).toEqual([])
        continue
      }
      withSwaps += 1
      expect(shipped(context, item), item.id).toEqual(worked)
    }
    expect(withSwaps).toBeGreaterThan(50)
  })

  it('hold nothing for an item no true/false question is asked of (the second of two with one summary)', () => {
    const second = trueFalseGroups(context).find((items) => items.length > 1)?.[1]
    expect(second).toBeDefined()
    expect(shippedTrueFalseFacts(packedTrueFalseFacts)(context, second as KnowledgeItem).swaps).toEqual([])
  })
})

describe('packTrueFalseFacts', () => {
  const item = context.allItems[0] as KnowledgeItem
  const roundTrip = (facts: TrueFalseFacts) => {
    const packed = packTrueFalseFacts(context, [item], () => facts)
    return shippedTrueFalseFacts(JSON.parse(JSON.stringify(packed)))(context, item)
  }

  it('keeps a swap that is no single replacement in the summary, and words given as shown', () => {
    const facts: TrueFalseFacts = {
      words: '“Words as shown …”',
      swaps: [{ kind: 'exchange', from: 'one', to: 'two', statement: 'Not the summary with one change.' }],
    }
    expect(roundTrip(facts)).toEqual(facts)
  })

  it('stores a replacement as where it is, and keeps both marks of a stretch', () => {
    const at = item.summary.lastIndexOf(' ') + 1
    const from = item.summary.slice(at)
    const swap = { kind: 'place' as const, from, to: 'Elsewhere.', statement: `${item.summary.slice(0, at)}Elsewhere.` }
    const words = { paragraph: 2, start: 5, end: 40, opensInside: true, stopsInside: true }
    const packed = packTrueFalseFacts(context, [item], () => ({ words, swaps: [swap] }))
    expect(packed[0]).toEqual([[2, 5, 40, 3], [4, at, from.length, 'Elsewhere.']])
    expect(roundTrip({ words, swaps: [swap] })).toEqual({ words, swaps: [swap] })
  })

  it('gives 0 for an item without swaps, and for items not asked', () => {
    const packed = packTrueFalseFacts(context, [item], () => ({ words: '', swaps: [] }))
    expect(packed.every((entry) => entry === 0)).toBe(true)
  })
})
