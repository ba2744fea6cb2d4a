// The roles the knowledge base gives people and places, grounded in the items whose evidence
// holds the role's words; used by single_choice ("Who is this?") and matching.
import type { Entity, EvidenceSpan, KnowledgeItem } from '../../content/schema'
import { itemsInvolving, perBuild, type GeneratorContext } from './context'
import { capitalise, wordIndices } from './text'
import { flatMapped } from './lists'

export interface RoleEntry {
  entity: Entity
  role: string
  evidence: EvidenceSpan[]
  items: KnowledgeItem[]
}

const contains = (outer: EvidenceSpan, inner: EvidenceSpan) =>
  outer.paragraph === inner.paragraph && outer.start <= inner.start && outer.end >= inner.end

/**
 * The item a role question trains: one about the entity whose evidence holds the role's words, the
 * article's own report first; none where only an author's view holds them (a role is not the
 * author's argument), so that role is not asked.
 */
function roleItem(context: GeneratorContext, entity: Entity, span: EvidenceSpan): KnowledgeItem | undefined {
  const rank = (item: KnowledgeItem) => (item.certainty === 'reported_fact' ? 0 : item.certainty === 'author_position' ? 2 : 1)
  const about = [...(itemsInvolving(context).get(entity.id) ?? [])].sort((a, b) => rank(a) - rank(b))
  // Only an item whose words hold the role: a role given only inside the author's own sentence
  // (“under pro-NATO President Nikol Pashinyan”) is the author's wording, not asked as a fact.
  return about.find((item) => item.evidence.some((e) => contains(e, span)) && rank(item) < 2)
}

/** People or places with a role of their own: two entities with the same role would both be right. */
export function roleEntries(context: GeneratorContext, kind: 'person' | 'place'): readonly RoleEntry[] {
  return roleEntriesByKind(context)[kind]
}

// Single choice and matching both ask about roles: found once per build.
const roleEntriesByKind = perBuild((context) => ({ person: findRoleEntries(context, 'person'), place: findRoleEntries(context, 'place') }))

function findRoleEntries(context: GeneratorContext, kind: 'person' | 'place'): RoleEntry[] {
  const withRole = context.knowledge.entities.filter((e) => e.kind === kind && e.role && e.roleEvidence?.length)
  return flatMapped(withRole, (entity): RoleEntry[] => {
    if (withRole.some((other) => other.id !== entity.id && other.role === entity.role)) return []
    const evidence = entity.roleEvidence ?? []
    const items = [...new Set(evidence.map((span) => roleItem(context, entity, span)).filter((i): i is KnowledgeItem => !!i))]
    return items.length === 0 ? [] : [{ entity, role: capitalise(entity.role as string), evidence, items }]
  })
}

/** A place's name as the article says it in a sentence: "the Zanzegur corridor", "the Soviet Union", "Yerevan". */
export function nameInSentence(context: GeneratorContext, entity: Entity): string {
  const before = flatMapped(context.paragraphs, (p) => wordIndices(p, entity.name).map((at) => p.slice(Math.max(0, at - 5), at).replace('“', '')))
  const withThe = before.filter((text) => /\bthe $/i.test(text)).length
  return entity.kind === 'place' && withThe * 2 > before.length ? `the ${entity.name}` : entity.name
}

/** Could `a`'s role be said of `b` as well? Only when one name holds the other ("Stepanakert airport"). */
export function nested(a: Entity, b: Entity): boolean {
  return a.name.includes(b.name) || b.name.includes(a.name)
}
