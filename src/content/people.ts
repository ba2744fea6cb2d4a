// Who is in the article: each entity with the role the article gives it, and what they say.

import type { Entity, EntityKind, KnowledgeBase, Position, Quote } from '../domain/knowledge'

export interface EntityProfile {
  entity: Entity
  quotes: Quote[]
  positions: Position[]
}

export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  person: 'People',
  group: 'Groups',
  organisation: 'Organisations',
  place: 'Places',
}

/** Every entity, grouped by kind in the order people, groups, organisations, places. */
export function entityProfiles(knowledge: KnowledgeBase): Array<{ kind: EntityKind; profiles: EntityProfile[] }> {
  const kinds: EntityKind[] = ['person', 'group', 'organisation', 'place']
  return kinds.map((kind) => ({
    kind,
    profiles: knowledge.entities
      .filter((entity) => entity.kind === kind)
      .map((entity) => ({
        entity,
        quotes: knowledge.quotes.filter((quote) => quote.speaker === entity.id),
        positions: knowledge.positions.filter((position) => position.holder === entity.id),
      })),
  }))
}

/** The author's positions beside each actor's, for "Who says what". */
export function stancesByHolder(knowledge: KnowledgeBase): Array<{ holder: Entity; positions: Position[] }> {
  const byHolder = new Map<string, Position[]>()
  for (const position of knowledge.positions) byHolder.set(position.holder, [...(byHolder.get(position.holder) ?? []), position])
  const entities = new Map(knowledge.entities.map((entity) => [entity.id, entity]))
  return [...byHolder.entries()]
    .map(([id, positions]) => ({ holder: entities.get(id) as Entity, positions }))
    .filter((row) => row.holder !== undefined)
    .sort((a, b) => (a.holder.id === 'author' ? -1 : b.holder.id === 'author' ? 1 : b.positions.length - a.positions.length))
}
