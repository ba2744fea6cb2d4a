// How the app names the article's people, groups and places, and where a text names them.
import { AUTHOR_ID, type Entity, type KnowledgeItem } from '../../content/schema'
import type { Misreading } from '../../domain/question'
import { wordIndices } from './text'

/** The name shown in choices: "The author", "The Center for …", "Nairy". */
export function entityLabel(entity: Entity): string {
  if (entity.id === AUTHOR_ID || entity.name.startsWith('The ')) return entity.name
  const multiWordBody = entity.kind === 'organisation' && entity.name.includes(' ')
  return multiWordBody ? `The ${entity.name}` : entity.name
}

/** The misreading behind giving words or a view of `right` to `wrong`: the author for an actor (or back), or another speaker. */
export function speakerMisreading(right: string, wrong: string): Misreading {
  return right === AUTHOR_ID || wrong === AUTHOR_ID ? 'author-actor-swap' : 'wrong-speaker'
}

/** The label for the middle of a sentence ("the author", "the US State Department"). */
export function labelInSentence(entity: Entity): string {
  const label = entityLabel(entity)
  return label.startsWith('The ') ? `the ${label.slice(4)}` : label
}

export function surfaceForms(entity: Entity): string[] {
  return [entity.name, ...(entity.aliases ?? []), ...(entity.mentions ?? [])]
}

const holdsAnyForm = (text: string, entity: Entity): boolean =>
  text.includes(entity.name) || !!entity.aliases?.some((form) => text.includes(form)) || !!entity.mentions?.some((form) => text.includes(form))

export interface Span {
  start: number
  end: number
}

/** Where `text` names the entity, longest forms first, so "Power" inside "Samantha Power" counts once. */
export function nameSpans(text: string, entity: Entity): Span[] {
  const ignoreCase = entity.id === AUTHOR_ID
  // Most texts name none of the entities asked about: say so before sorting or scanning anything.
  if (!ignoreCase && !holdsAnyForm(text, entity)) return []
  const forms = surfaceForms(entity).sort((a, b) => b.length - a.length)
  const spans: Span[] = []
  for (const form of forms) {
    for (const start of wordIndices(text, form, ignoreCase)) {
      const end = start + form.length
      if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

export const namesEntity = (text: string, entity: Entity): boolean => nameSpans(text, entity).length > 0

/** The entities an item is about in any role: holder, speaker, actors, places, about. */
export function involvedEntityIds(item: KnowledgeItem): string[] {
  const ids = [item.holder, item.source, ...(item.about ?? [])]
  if ('speaker' in item) ids.push(item.speaker)
  if ('event' in item) ids.push(...(item.event.actors ?? []), item.event.place)
  if ('places' in item) ids.push(...item.places)
  return [...new Set(ids.filter((id): id is string => id !== undefined))]
}

/** Two entities a question must never offer as each other's wrong answer. */
export function overlaps(a: Entity, b: Entity): boolean {
  return a.id === b.id || !!a.overlapsWith?.includes(b.id) || !!b.overlapsWith?.includes(a.id)
}

/**
 * Where a sentence names its holder as the subject, with any leading "the" or title
 * ("Russian Ambassador Anatoly Antonov …"); `lead` is what comes before ("According to the
 * article, "). Undefined when the holder is named other than once or not as the subject.
 */
export function subjectSpan(text: string, holder: Entity): (Span & { lead: string }) | undefined {
  const spans = nameSpans(text, holder)
  const only = spans[0]
  if (spans.length !== 1 || !only) return undefined
  const before = text.slice(0, only.start)
  // “According to the article, Russian Ambassador Anatoly Antonov …”: the lead, then any title.
  const lead = /^According to the (article|author), ((the )?(\p{Lu}[\p{L}’]*\s)*)$/u.exec(before)
  if (lead) {
    const start = only.start - (lead[2]?.length ?? 0)
    return { start, end: only.end, lead: before.slice(0, start) }
  }
  if (/^(\p{Lu}[\p{L}’]*\s)*$/u.test(before)) return { start: 0, end: only.end, lead: '' }
  return undefined
}

// Holders of views who may stand in for one another as wrong answers (officials, governments, the
// think-tank, the author); a witness only for a witness, a town only for a town.
const VIEW_HOLDERS: ReadonlySet<string> = new Set(['official', 'government', 'think-tank', 'author'])

/** Could `b` be offered in place of `a` without its sort giving it away? True when either has no category. */
export function sameSort(a: Entity, b: Entity): boolean {
  if (a.category === undefined || b.category === undefined || a.category === b.category) return true
  return VIEW_HOLDERS.has(a.category) && VIEW_HOLDERS.has(b.category)
}
