// "What happened there": events at a place, told by the item's summary with the place taken out
// ("on Monday a fuel depot exploded …"), for places small enough not to hold one another. Facts
// that only say where something is ("the think-tank in Washington D.C.") are left out: with the
// place taken out they say nothing of it, so they could be matched only by elimination.
import type { KnowledgeItem } from '../../content/schema'
import type { GeneratorContext } from './context'
import { entity } from './context'
import { entityLabel, nameSpans } from './entities'
import type { Pair } from './matching'
import { withoutArticleLead } from './text'
import { flatMapped } from './lists'

// A place named in at most this many paragraphs is a single spot in the article's story, not a region.
const SPOT_PARAGRAPHS = 3

/** Removes " in Stepanakert", ", Kochogot", " of Shosh" or " in the Armenian capital, Yerevan" from a summary. */
export function withoutPlace(summary: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const patterns = [` in the [^,]+, ${escaped}`, ` in ${escaped}`, ` of ${escaped}`, `, ${escaped}`]
  for (const pattern of patterns) {
    const re = new RegExp(`${pattern}(?![\\p{L}\\p{N}])`, 'u')
    if (re.test(summary)) return summary.replace(re, '')
  }
  return undefined
}

function eventPlaceOf(item: KnowledgeItem): string | undefined {
  return item.kind === 'event' ? item.event.place : undefined
}

export function placeEvents(context: GeneratorContext): Pair[] {
  return flatMapped(context.knowledge.facts, (fact): Pair[] => {
    const placeId = eventPlaceOf(fact)
    const place = placeId ? entity(context, placeId) : undefined
    if (!place || place.paragraphs.length > SPOT_PARAGRAPHS) return []
    const text = withoutPlace(fact.summary, place.name)
    if (!text || nameSpans(text, place).length > 0 || /^According to the article, \S+ is\b/.test(fact.summary)) return []
    return [
      {
        left: { id: place.id, text: entityLabel(place) },
        right: { id: fact.id, text: withoutArticleLead(text).replace(/([^.])$/, '$1.') },
        answer: place,
        items: [fact],
        evidence: fact.evidence,
        explain: fact.summary,
      },
    ]
  })
}
