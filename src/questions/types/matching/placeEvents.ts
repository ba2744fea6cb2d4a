// "What happened there": events at a place, told by the item's summary with the place taken out
// ("on Monday a fuel depot exploded …"), for places small enough not to hold one another. Facts
// that only say where something is ("the think-tank in Washington D.C.") are left out: with the
// place taken out they say nothing of it, so they could be matched only by elimination.
import type { KnowledgeItem } from '../../../content/schema'
import type { GeneratorContext } from '../../generators/context'
import { entity } from '../../generators/context'
import { entityLabel, nameSpans } from '../../generators/entities'
import type { Pair } from './model'
import { isWordChar, withoutArticleLead } from '../../generators/text'
import { flatMapped } from '../../generators/lists'

// A place named in at most this many paragraphs is a single spot in the article's story, not a region.
const SPOT_PARAGRAPHS = 3

/**
 * Removes " in Stepanakert", ", Kochogot", " of Shosh" or " in the Armenian capital, Yerevan" from a
 * summary (the first form found, where it first occurs; the name ending at a word's end). String
 * search, not a RegExp made per call: compiling one with Unicode classes was the bank's costliest step.
 */
export function withoutPlace(summary: string, name: string): string | undefined {
  const remove = (start: number, end: number) => summary.slice(0, start) + summary.slice(end)
  const endsWord = (end: number) => !isWordChar(summary[end])
  // " in the <no comma>, <name>": the comma is the first after " in the ".
  for (let at = summary.indexOf(' in the '); at !== -1; at = summary.indexOf(' in the ', at + 1)) {
    const comma = summary.indexOf(',', at + ' in the '.length)
    const end = comma + 2 + name.length
    if (comma > at + ' in the '.length && summary.startsWith(`, ${name}`, comma) && endsWord(end)) return remove(at, end)
  }
  for (const lead of [' in ', ' of ', ', ']) {
    const phrase = lead + name
    for (let at = summary.indexOf(phrase); at !== -1; at = summary.indexOf(phrase, at + 1)) {
      if (endsWord(at + phrase.length)) return remove(at, at + phrase.length)
    }
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
