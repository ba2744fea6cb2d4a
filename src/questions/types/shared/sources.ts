// Where a claim comes from, as the article gives it (a knowledge item's attributedAs), in the app's
// words: shared by source_match and competing_claims.
import type { Entity, KnowledgeItem, SourceKind } from '../../../content/schema'
import type { Misreading } from '../../../domain/misreading'
import { entity, type GeneratorContext } from '../../generators/context'

/** A source kind as the learner sees it; groups of people take their name from the article. */
export function sourceLabel(kind: SourceKind, holder: Entity | undefined): string {
  switch (kind) {
    case 'none':
      return 'No source given (the article’s own report)'
    case 'unconfirmed':
      return 'Unconfirmed reports, no source named'
    case 'witness_reuters':
      return 'A witness who spoke to Reuters'
    case 'witnesses_media':
      return `${holder?.name ?? 'People'}, who told international media`
    case 'witness':
      return 'A witness quoted by name, no outlet given'
    case 'military_sources':
    case 'officials':
      return `${holder?.name ?? 'Sources'}, not named individually`
    case 'named_official':
      return 'An official the article names'
    case 'think_tank':
      return 'A think-tank the article names, in writing'
    case 'author':
      return 'The author’s own argument'
  }
}

/** The source of an item with attributedAs, labelled. */
export function sourceOf(context: GeneratorContext, item: KnowledgeItem): { kind: SourceKind; label: string } | undefined {
  const kind = item.attributedAs?.as
  if (!kind) return undefined
  return { kind, label: sourceLabel(kind, item.holder ? entity(context, item.holder) : undefined) }
}

// Kinds of source that pass an account on without the article vouching for it.
const PASSED_ON: readonly SourceKind[] = ['unconfirmed', 'witness_reuters', 'witnesses_media', 'witness', 'military_sources', 'officials', 'named_official', 'think_tank']
const WITNESSES: readonly SourceKind[] = ['witness_reuters', 'witnesses_media', 'witness']

/** The misreading behind taking a claim of one source kind for another. */
export function sourceMisreading(actual: SourceKind, taken: SourceKind): Misreading {
  if (actual === 'author' || taken === 'author') return 'author-actor-swap'
  if (taken === 'none' && PASSED_ON.includes(actual)) return 'dropped-hedge'
  return 'wrong-speaker'
}

/** Two kinds a reader could not tell apart without splitting hairs (witnesses with or without an outlet). */
export function nearKinds(a: SourceKind, b: SourceKind): boolean {
  return a === b || (WITNESSES.includes(a) && WITNESSES.includes(b))
}
