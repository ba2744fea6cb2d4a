// Proves a knowledge base against its article: the schema, then what a schema cannot see —
// verbatim evidence at its offsets, references that resolve, holders that match certainties,
// and coverage (every paragraph, every “…” span, every capitalised name).
import * as v from 'valibot'
import { KnowledgeBaseSchema } from './knowledgeSchema'
import {
  AUTHOR_ID,
  type Entity,
  type EvidenceSpan,
  type KnowledgeBase,
  type KnowledgeItem,
} from './schema'

export type ValidationResult = { ok: true; knowledge: KnowledgeBase } | { ok: false; errors: string[] }

export function validateKnowledge(data: unknown, paragraphs: readonly string[]): ValidationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data
    return { ok: false, errors: [`(root): expected a knowledge base object, got ${got}`] }
  }
  const parsed = v.safeParse(KnowledgeBaseSchema, data)
  if (!parsed.success) return { ok: false, errors: parsed.issues.map(formatIssue) }
  const errors = checkKnowledge(parsed.output, paragraphs)
  return errors.length === 0 ? { ok: true, knowledge: parsed.output } : { ok: false, errors }
}

function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((segment) => (typeof segment.key === 'number' ? `[${segment.key}]` : `.${String(segment.key)}`))
    .join('')
    .replace(/^\./, '')
  return `${path || '(root)'}: ${issue.message}`
}

/** A “…” span: the index of “ and of its closing ”. */
export interface QuotationSpan {
  paragraph: number
  open: number
  close: number
  inner: string
}

/** Every “…” span in the article, in order; an unclosed “ runs to the end of its paragraph. */
export function findQuotationSpans(paragraphs: readonly string[]): QuotationSpan[] {
  const spans: QuotationSpan[] = []
  paragraphs.forEach((text, i) => {
    let open = text.indexOf('“')
    while (open !== -1) {
      const found = text.indexOf('”', open + 1)
      const close = found === -1 ? text.length : found
      spans.push({ paragraph: i + 1, open, close, inner: text.slice(open + 1, close) })
      open = text.indexOf('“', close + 1)
    }
  })
  return spans
}

const preview = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/** Start indices of `needle` in `haystack` where it is not part of a longer word. */
export function wholeWordIndices(haystack: string, needle: string): number[] {
  const found: number[] = []
  let i = haystack.indexOf(needle)
  while (i !== -1) {
    const before = haystack[i - 1]
    const after = haystack[i + needle.length]
    const startsInWord = isWordChar(needle[0]) && isWordChar(before)
    const endsInWord = isWordChar(needle[needle.length - 1]) && isWordChar(after)
    if (!startsInWord && !endsInWord) found.push(i)
    i = haystack.indexOf(needle, i + 1)
  }
  return found
}


/** Does a prompt statement keep the evidence's wording, letter case included (a final period and " … " elisions aside)? */
export function statementMatchesEvidence(statement: string, evidenceTexts: readonly string[]): boolean {
  const trimmed = statement.endsWith('.') ? statement.slice(0, -1) : statement
  const parts = trimmed.split(' … ')
  return evidenceTexts.some((text) => {
    let from = 0
    return parts.every((part) => {
      const at = text.indexOf(part, from)
      if (at === -1) return false
      from = at + part.length
      return true
    })
  })
}

function checkKnowledge(kb: KnowledgeBase, paragraphs: readonly string[]): string[] {
  const errors: string[] = []
  const err = (message: string): void => {
    errors.push(message)
  }

  if (kb.paragraphCount !== paragraphs.length) {
    err(`paragraphCount: the knowledge base expects ${kb.paragraphCount} paragraphs but the article has ${paragraphs.length}`)
  }

  // Ids: unique across every collection.
  const seen = new Map<string, string>()
  const collections = { topics: kb.topics, entities: kb.entities, facts: kb.facts, quotes: kb.quotes, positions: kb.positions }
  for (const [name, list] of Object.entries(collections)) {
    list.forEach((item: { id: string }, i: number) => {
      const where = `${name}[${i}]`
      const earlier = seen.get(item.id)
      if (earlier) err(`${where}.id: duplicate id '${item.id}' (also ${earlier})`)
      else seen.set(item.id, where)
    })
  }

  const topicIds = new Set(kb.topics.map((t) => t.id))
  const entities = new Map(kb.entities.map((e) => [e.id, e]))
  const facts = new Map(kb.facts.map((f) => [f.id, f]))
  const quoteIds = new Set(kb.quotes.map((q) => q.id))
  const itemIds = new Set([...facts.keys(), ...quoteIds, ...kb.positions.map((p) => p.id)])

  if (!entities.has(AUTHOR_ID)) err(`entities: no entity with id '${AUTHOR_ID}' for the article's author`)

  const checkSpan = (path: string, span: EvidenceSpan): boolean => {
    const text = paragraphs[span.paragraph - 1]
    if (text === undefined) {
      err(`${path}.paragraph: ${span.paragraph} is out of range (the article has ${paragraphs.length} paragraphs)`)
      return false
    }
    if (span.end <= span.start || span.end > text.length) {
      err(`${path}: offsets ${span.start}–${span.end} are not a span of paragraph ${span.paragraph} (length ${text.length})${whereIs(span)}`)
      return false
    }
    const found = text.slice(span.start, span.end)
    if (found !== span.text) {
      err(`${path}: text not found in paragraph ${span.paragraph} at ${span.start}–${span.end} (found “${preview(found)}”)${whereIs(span)}`)
      return false
    }
    return true
  }
  const whereIs = (span: EvidenceSpan): string => {
    const here = paragraphs[span.paragraph - 1]?.indexOf(span.text) ?? -1
    if (here !== -1) return `; did you mean start ${here}?`
    const other = paragraphs.findIndex((p) => p.includes(span.text))
    if (other !== -1) return `; the text is in paragraph ${other + 1} at ${paragraphs[other]?.indexOf(span.text)}`
    return '; the text does not occur in the article'
  }

  const checkEntityRef = (path: string, id: string | undefined, kinds?: readonly Entity['kind'][]): void => {
    if (id === undefined) return
    const entity = entities.get(id)
    if (!entity) err(`${path}: unknown entity '${id}'`)
    else if (kinds && !kinds.includes(entity.kind)) err(`${path}: '${id}' is a ${entity.kind}, expected ${kinds.join(' or ')}`)
  }
  const checkTopics = (path: string, topics: readonly string[]): void => {
    topics.forEach((t, i) => {
      if (!topicIds.has(t)) err(`${path}.topics[${i}]: unknown topic '${t}'`)
    })
  }
  const surfaceForms = (e: Entity): string[] => [e.name, ...(e.aliases ?? []), ...(e.mentions ?? [])]
  const namesHolder = (summary: string, holderId: string): boolean => {
    if (holderId === AUTHOR_ID) return summary.startsWith('The author')
    const entity = entities.get(holderId)
    const lower = summary.toLowerCase()
    return entity === undefined || surfaceForms(entity).some((form) => lower.includes(form.toLowerCase()))
  }

  // Entities.
  const entityMentionParagraphs = new Map<string, Set<number>>()
  kb.entities.forEach((e, i) => {
    const path = `entities[${i}]`
    e.roleEvidence?.forEach((span, j) => checkSpan(`${path}.roleEvidence[${j}]`, span))
    e.labels?.forEach((label, j) => {
      checkEntityRef(`${path}.labels[${j}].by`, label.by)
      checkSpan(`${path}.labels[${j}].evidence`, label.evidence)
    })
    if (e.role !== undefined && e.kind === 'person' && !e.roleEvidence?.length) err(`${path}.roleEvidence: a person's role needs evidence`)
    e.overlapsWith?.forEach((other, j) => {
      checkEntityRef(`${path}.overlapsWith[${j}]`, other)
      if (other === e.id) err(`${path}.overlapsWith[${j}]: an entity cannot overlap itself`)
      else if (entities.get(other) && !entities.get(other)?.overlapsWith?.includes(e.id)) {
        err(`${path}.overlapsWith[${j}]: '${other}' does not list '${e.id}' back`)
      }
    })
    const sorted = [...e.paragraphs].sort((a, b) => a - b)
    if (new Set(e.paragraphs).size !== e.paragraphs.length || sorted.some((p, j) => p !== e.paragraphs[j])) {
      err(`${path}.paragraphs: must be ascending without repeats`)
    }
    const mentioned = new Set<number>()
    paragraphs.forEach((text, p) => {
      if (surfaceForms(e).some((form) => wholeWordIndices(text, form).length > 0)) mentioned.add(p + 1)
    })
    entityMentionParagraphs.set(e.id, mentioned)
    for (const p of mentioned) {
      if (!e.paragraphs.includes(p)) err(`${path}.paragraphs: '${e.id}' is named in paragraph ${p}, which is not listed`)
    }
  })

  // Items: facts, quotes, positions.
  const covered = new Set<number>()
  const referencedIn = new Map<string, Set<number>>()
  const noteReference = (id: string | undefined, item: KnowledgeItem): void => {
    if (id === undefined) return
    const set = referencedIn.get(id) ?? new Set<number>()
    item.evidence.forEach((span) => set.add(span.paragraph))
    referencedIn.set(id, set)
  }

  const checkItem = (path: string, item: KnowledgeItem): void => {
    item.evidence.forEach((span, j) => {
      if (checkSpan(`${path}.evidence[${j}]`, span)) covered.add(span.paragraph)
    })
    if (item.evidence[0] && item.paragraph !== item.evidence[0].paragraph) {
      err(`${path}.paragraph: ${item.paragraph} is not the paragraph of evidence[0] (${item.evidence[0].paragraph})`)
    }
    checkTopics(path, item.topics)
    checkEntityRef(`${path}.holder`, item.holder)
    checkEntityRef(`${path}.source`, item.source)
    item.about?.forEach((id, j) => checkEntityRef(`${path}.about[${j}]`, id))
    item.related?.forEach((id, j) => {
      if (!itemIds.has(id)) err(`${path}.related[${j}]: unknown item '${id}'`)
      else if (id === item.id) err(`${path}.related[${j}]: an item cannot be related to itself`)
    })
    for (const id of [item.holder, item.source, ...(item.about ?? [])]) noteReference(id, item)

    // Holder and certainty must agree.
    const { certainty, holder } = item
    if (certainty === 'author_position' && holder !== AUTHOR_ID) {
      err(`${path}.holder: an author_position must be held by '${AUTHOR_ID}' (got ${holder === undefined ? 'none' : `'${holder}'`})`)
    }
    if (holder === AUTHOR_ID && certainty !== 'author_position') {
      err(`${path}.certainty: an item held by the author must be author_position (got ${certainty})`)
    }
    if (certainty === 'reported_fact' && holder !== undefined) {
      err(`${path}.holder: a reported_fact is the article's own report; name the outlet as source, or classify it as a claim`)
    }
    if (['actor_position', 'claim', 'denial', 'attributed_quote'].includes(certainty) && holder === undefined && item.kind !== 'term') {
      err(`${path}.holder: a ${certainty} needs a holder`)
    }

    // The summary attributes the item the way its certainty says.
    if (certainty === 'reported_fact' && !item.summary.startsWith('According to the article')) {
      err(`${path}.summary: a reported_fact summary starts “According to the article”`)
    }
    if (certainty === 'unconfirmed_report' && !/unconfirmed/i.test(item.summary)) {
      err(`${path}.summary: an unconfirmed_report summary must say it is unconfirmed`)
    }
    if (certainty === 'denial' && !/\bden(y|ied|ies)\b/i.test(item.summary)) {
      err(`${path}.summary: a denial summary must say who denied what`)
    }
    if (holder !== undefined && certainty !== 'reported_fact' && !namesHolder(item.summary, holder)) {
      err(`${path}.summary: does not name its holder '${holder}'${holder === AUTHOR_ID ? ' (start with “The author”)' : ''}`)
    }

    // Cloze blanks and prompts stay verbatim.
    const texts = item.evidence.map((span) => span.text)
    item.keyTerms?.forEach((term, j) => {
      const counts = texts.map((text) => wholeWordIndices(text, term.text).length)
      if (counts.every((n) => n === 0)) err(`${path}.keyTerms[${j}]: “${term.text}” does not occur as whole words in the item's evidence`)
      else if (!counts.includes(1)) err(`${path}.keyTerms[${j}]: “${term.text}” occurs more than once in its evidence, so a blank would be given away`)
    })
    if (item.statement !== undefined && !statementMatchesEvidence(item.statement, texts)) {
      err(`${path}.statement: “${preview(item.statement)}” is not the evidence's own wording`)
    }

    item.confusableWith?.forEach((id, j) => {
      checkEntityRef(`${path}.confusableWith[${j}]`, id)
      if (id === holder) err(`${path}.confusableWith[${j}]: '${id}' is the holder itself`)
      else if (holder !== undefined && entities.get(holder)?.overlapsWith?.includes(id)) {
        err(`${path}.confusableWith[${j}]: '${id}' overlaps with the holder '${holder}', so it is not a wrong answer`)
      }
      if (entities.get(id)?.kind === 'place') err(`${path}.confusableWith[${j}]: '${id}' is a place, not a plausible holder`)
    })
  }

  kb.facts.forEach((fact, i) => {
    const path = `facts[${i}]`
    checkItem(path, fact)
    const texts = fact.evidence.map((span) => span.text)
    const inEvidence = (s: string): boolean => texts.some((text) => text.includes(s))
    switch (fact.kind) {
      case 'quantity': {
        const q = fact.quantity
        if (!inEvidence(q.display)) err(`${path}.quantity.display: “${q.display}” is not in the evidence`)
        if (q.hedge !== undefined && !inEvidence(q.hedge)) err(`${path}.quantity.hedge: “${q.hedge}” is not in the evidence`)
        if (q.alternative && !inEvidence(q.alternative.display)) {
          err(`${path}.quantity.alternative.display: “${q.alternative.display}” is not in the evidence`)
        }
        if (q.precision === 'at_least' && (q.hedge === undefined || q.value === undefined)) {
          err(`${path}.quantity: an at_least quantity needs a value and its hedge`)
        }
        if (q.precision === 'as_stated' && (q.value === undefined || q.hedge !== undefined)) {
          err(`${path}.quantity: an as_stated quantity has a value and no hedge`)
        }
        if (q.precision === 'vague' && (q.value !== undefined || q.hedge === undefined)) {
          err(`${path}.quantity: a vague quantity has no value; its hedge is the article's vague wording`)
        }
        break
      }
      case 'event': {
        const ev = fact.event
        ev.actors?.forEach((id, j) => {
          checkEntityRef(`${path}.event.actors[${j}]`, id)
          noteReference(id, fact)
        })
        checkEntityRef(`${path}.event.place`, ev.place, ['place'])
        noteReference(ev.place, fact)
        const time = ev.time
        if (!time) break
        time.phrases.forEach((span, j) => checkSpan(`${path}.event.time.phrases[${j}]`, span))
        if (time.order.earliest > time.order.latest) err(`${path}.event.time.order: earliest is after latest`)
        if (time.year !== undefined && !time.phrases.some((span) => span.text.includes(String(time.year)))) {
          err(`${path}.event.time.year: ${time.year} is not in the article's time words`)
        }
        time.sameTimeAs?.forEach((id, j) => {
          const other = facts.get(id)
          const otherTime = other?.kind === 'event' ? other.event.time : undefined
          if (!otherTime) err(`${path}.event.time.sameTimeAs[${j}]: '${id}' is not an event with a time`)
          else if (!otherTime.sameTimeAs?.includes(fact.id)) err(`${path}.event.time.sameTimeAs[${j}]: '${id}' does not list '${fact.id}' back`)
          else if (otherTime.order.earliest !== time.order.earliest || otherTime.order.latest !== time.order.latest) {
            err(`${path}.event.time.sameTimeAs[${j}]: '${id}' has a different order interval`)
          }
        })
        break
      }
      case 'place':
        fact.places.forEach((id, j) => {
          checkEntityRef(`${path}.places[${j}]`, id, ['place'])
          noteReference(id, fact)
        })
        break
      case 'detail':
        break
    }
  })

  // Quotes: the words sit exactly inside a “…” span, and every span has its quote.
  const spans = findQuotationSpans(paragraphs)
  const claimedBy = new Map<QuotationSpan, number[]>()
  kb.quotes.forEach((quote, i) => {
    const path = `quotes[${i}]`
    checkItem(path, quote)
    checkEntityRef(`${path}.speaker`, quote.speaker)
    checkEntityRef(`${path}.addressee`, quote.addressee)
    checkEntityRef(`${path}.venue`, quote.venue, ['place'])
    for (const id of [quote.speaker, quote.addressee, quote.venue]) noteReference(id, quote)
    quote.attribution.forEach((span, j) => checkSpan(`${path}.attribution[${j}]`, span))
    if (quote.holder !== quote.speaker) err(`${path}.holder: must equal the speaker ('${quote.speaker ?? 'none'}')`)
    const words = quote.evidence[0]
    if (!words) return
    if (words.text !== quote.text) err(`${path}.text: must equal evidence[0].text, the quoted words`)
    const span = spans.find((s) => s.paragraph === words.paragraph && s.open + 1 === words.start)
    const essential = span?.inner.replace(/[,.]$/, '')
    if (!span || essential === undefined || words.end > span.close || words.end < span.open + 1 + essential.length) {
      err(`${path}.evidence[0]: must be the words of a “…” span, from just after “ to ” (a final comma or period may be left out)`)
    } else {
      claimedBy.set(span, [...(claimedBy.get(span) ?? []), i])
    }
    // Two are enough where the speaker's category has only three (the witnesses): a who-said offers people of one sort.
    if (quote.suitableForWhoSaid && (quote.speaker === undefined || (quote.confusableWith?.length ?? 0) < 2)) {
      err(`${path}.suitableForWhoSaid: a who-said quote needs a speaker and at least 2 confusableWith`)
    }
  })
  for (const span of spans) {
    const claimants = claimedBy.get(span) ?? []
    if (claimants.length === 0) {
      err(`quote “${preview(span.inner)}” in paragraph ${span.paragraph} at ${span.open} is not annotated`)
    } else if (claimants.length > 1) {
      err(`quote “${preview(span.inner)}” in paragraph ${span.paragraph} at ${span.open} is annotated more than once (${claimants.map((i) => `quotes[${i}]`).join(', ')})`)
    }
  }

  kb.positions.forEach((position, i) => {
    const path = `positions[${i}]`
    checkItem(path, position)
    position.quotes?.forEach((id, j) => {
      if (!quoteIds.has(id)) err(`${path}.quotes[${j}]: unknown quote '${id}'`)
    })
    if (position.paraphrase) {
      if (position.certainty !== 'author_position') err(`${path}.paraphrase: only the author's own summary of someone's words is a paraphrase`)
      position.paraphrase.of.forEach((id, j) => {
        if (!quoteIds.has(id)) err(`${path}.paraphrase.of[${j}]: unknown quote '${id}'`)
      })
      if (!position.evidence.some((span) => span.text.includes(position.paraphrase?.adds ?? ''))) {
        err(`${path}.paraphrase.adds: “${preview(position.paraphrase.adds)}” is not in the evidence`)
      }
    }
    if ((position.kind === 'denial') !== (position.certainty === 'denial')) {
      err(`${path}.kind: a denial has kind 'denial' and certainty 'denial'`)
    }
  })

  // Coverage.
  paragraphs.forEach((_, p) => {
    if (!covered.has(p + 1)) err(`paragraph ${p + 1} has no annotations`)
  })
  kb.topics.forEach((topic, i) => {
    const used = [...kb.facts, ...kb.quotes, ...kb.positions].some((item) => item.topics.includes(topic.id))
    if (!used) err(`topics[${i}]: topic '${topic.id}' is not used by any item`)
  })
  kb.entities.forEach((e, i) => {
    e.topics?.forEach((t, j) => {
      if (!topicIds.has(t)) err(`entities[${i}].topics[${j}]: unknown topic '${t}'`)
    })
    const allowed = new Set([...(entityMentionParagraphs.get(e.id) ?? []), ...(referencedIn.get(e.id) ?? [])])
    e.paragraphs.forEach((p, j) => {
      if (!allowed.has(p)) err(`entities[${i}].paragraphs[${j}]: '${e.id}' is neither named in paragraph ${p} nor the subject of an item there`)
    })
  })
  errors.push(...checkCapitalisedNames(kb, paragraphs, surfaceForms))
  return errors
}

/** Every capitalised word is part of an entity's name, or explicitly listed as not a name. */
function checkCapitalisedNames(
  kb: KnowledgeBase,
  paragraphs: readonly string[],
  surfaceForms: (e: Entity) => string[],
): string[] {
  const errors: string[] = []
  const allowed = new Set(kb.capitalizedNonNames)
  const used = new Set<string>()
  paragraphs.forEach((text, p) => {
    const inName = new Array<boolean>(text.length).fill(false)
    for (const entity of kb.entities) {
      for (const form of surfaceForms(entity)) {
        for (const at of wholeWordIndices(text, form)) inName.fill(true, at, at + form.length)
      }
    }
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu)) {
      const at = match.index
      if (inName[at]) continue
      if (allowed.has(match[0])) used.add(match[0])
      else errors.push(`paragraph ${p + 1} at ${at}: capitalised word “${match[0]}” is not part of any entity's name and not in capitalizedNonNames`)
    }
  })
  kb.capitalizedNonNames.forEach((word, i) => {
    if (!used.has(word)) errors.push(`capitalizedNonNames[${i}]: “${word}” never occurs outside an entity's name`)
  })
  return errors
}
