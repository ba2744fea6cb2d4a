// References: every id the knowledge base refers to names something it defines, of the right kind.
import type { Entity, KnowledgeBase } from '../schema'
import { defineRule } from './rule'
import { itemsWithPaths } from './walk'

/** Every reference to an entity, with its path and the kinds it must be (any if absent). */
function entityReferences(kb: KnowledgeBase): Array<{ path: string; id: string; kinds?: readonly Entity['kind'][] }> {
  const refs: Array<{ path: string; id: string | undefined; kinds?: readonly Entity['kind'][] }> = []
  kb.entities.forEach((e, i) => {
    e.labels?.forEach((label, j) => refs.push({ path: `entities[${i}].labels[${j}].by`, id: label.by }))
    e.overlapsWith?.forEach((id, j) => refs.push({ path: `entities[${i}].overlapsWith[${j}]`, id }))
  })
  for (const { item, path } of itemsWithPaths(kb)) {
    refs.push({ path: `${path}.holder`, id: item.holder }, { path: `${path}.source`, id: item.source })
    item.about?.forEach((id, j) => refs.push({ path: `${path}.about[${j}]`, id }))
    item.confusableWith?.forEach((id, j) => refs.push({ path: `${path}.confusableWith[${j}]`, id }))
    if (item.kind === 'event') {
      item.event.actors?.forEach((id, j) => refs.push({ path: `${path}.event.actors[${j}]`, id }))
      refs.push({ path: `${path}.event.place`, id: item.event.place, kinds: ['place'] })
    }
    if (item.kind === 'place') item.places.forEach((id, j) => refs.push({ path: `${path}.places[${j}]`, id, kinds: ['place'] }))
    if ('attribution' in item) {
      refs.push({ path: `${path}.speaker`, id: item.speaker }, { path: `${path}.addressee`, id: item.addressee })
      refs.push({ path: `${path}.venue`, id: item.venue, kinds: ['place'] })
    }
  }
  return refs.filter((ref): ref is { path: string; id: string; kinds?: readonly Entity['kind'][] } => ref.id !== undefined)
}

export const entityReferencesResolve = defineRule(
  'entity-references-resolve',
  'Every holder, source, speaker, addressee, venue, actor, place, label author, overlap, distractor and subject is a known entity, and a place where a place is meant.',
  ({ knowledge }, report) => {
    const entities = new Map(knowledge.entities.map((e) => [e.id, e]))
    for (const { path, id, kinds } of entityReferences(knowledge)) {
      const entity = entities.get(id)
      if (!entity) report(`${path}: unknown entity '${id}'`)
      else if (kinds && !kinds.includes(entity.kind)) report(`${path}: '${id}' is a ${entity.kind}, expected ${kinds.join(' or ')}`)
    }
  },
)

export const topicReferencesResolve = defineRule(
  'topic-references-resolve',
  "Every topic an item or entity lists is one of the knowledge base's topics.",
  ({ knowledge }, report) => {
    const topicIds = new Set(knowledge.topics.map((t) => t.id))
    const check = (path: string, topics: readonly string[] | undefined) =>
      topics?.forEach((t, i) => {
        if (!topicIds.has(t)) report(`${path}.topics[${i}]: unknown topic '${t}'`)
      })
    for (const { item, path } of itemsWithPaths(knowledge)) check(path, item.topics)
    knowledge.entities.forEach((e, i) => check(`entities[${i}]`, e.topics))
  },
)

export const itemReferencesResolve = defineRule(
  'item-references-resolve',
  "Every related item is another item of the knowledge base, and every quote a position lists is one of its quotes.",
  ({ knowledge }, report) => {
    const quoteIds = new Set(knowledge.quotes.map((q) => q.id))
    const itemIds = new Set(itemsWithPaths(knowledge).map(({ item }) => item.id))
    for (const { item, path } of itemsWithPaths(knowledge)) {
      item.related?.forEach((id, j) => {
        if (!itemIds.has(id)) report(`${path}.related[${j}]: unknown item '${id}'`)
        else if (id === item.id) report(`${path}.related[${j}]: an item cannot be related to itself`)
      })
    }
    knowledge.positions.forEach((position, i) =>
      position.quotes?.forEach((id, j) => {
        if (!quoteIds.has(id)) report(`positions[${i}].quotes[${j}]: unknown quote '${id}'`)
      }),
    )
  },
)
