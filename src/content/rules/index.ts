// The content rules: every check a knowledge base must pass against its article beyond its schema
// (knowledgeSchema.ts). validate.ts runs them all; the build fails on any problem they report
// (scripts/validate-content-plugin.ts). Adding a rule: a defineRule in the file of its family,
// a line here, and a test with a small good and bad pack in test/content/rules/.
import { authorEntityExists, idsAreUnique, paragraphCountMatches } from './structure'
import { eachSpanHasOneLayer, spanIsVerbatim } from './spans'
import { entityReferencesResolve, itemReferencesResolve, topicReferencesResolve } from './references'
import {
  entityParagraphsAreJustified,
  entityParagraphsAscending,
  entityHasCategory,
  entityParagraphsListMentions,
  overlapsAreMutual,
  personRoleHasEvidence,
  roleIsShortAndNeutral,
} from './entities'
import {
  denialKindMatchesCertainty,
  paraphraseIsTheAuthors,
  distractorsAreWrongAnswers,
  holderMatchesCertainty,
  itemParagraphIsFirstEvidence,
  keyTermsOccurOnce,
  restatedIsReworded,
  statementIsVerbatim,
  summaryAttributesItem,
} from './items'
import { eventTimeIsConsistent, quantityIsVerbatim, quantityPrecisionIsConsistent, quotedFactSitsInAQuote, sameTimeEventsAgree } from './facts'
import { quotationMarksAnnotatedOnce, quoteHolderIsSpeaker, quoteSitsOnQuotationMarks, quoteTextIsItsWords, whoSaidQuoteIsFair } from './quotes'
import { attributionFitsItem, attributionSpansFit, holderIsSourcedOneWay, quotedPartsAreTheSpeakers, tensionsSetTwoSources } from './sources'
import { capitalisedWordsAreNames, everyParagraphAnnotated, nonNamesOccur, topicsAreUsed } from './coverage'
import { explainModelsAttribute, explainTasksAreGrounded, genreIsGrounded, loadedTermsAreReworded, structureCoversArticle } from './reading'
import type { CheckedPack, ContentRule, Problem } from './rule'

export type { CheckedPack, ContentRule, Problem } from './rule'

/** Every rule, in the order their problems are reported. */
export const RULES: readonly ContentRule[] = [
  // The knowledge base as a whole.
  paragraphCountMatches,
  idsAreUnique,
  authorEntityExists,
  // Evidence and references.
  spanIsVerbatim,
  eachSpanHasOneLayer,
  entityReferencesResolve,
  topicReferencesResolve,
  itemReferencesResolve,
  // Entities.
  personRoleHasEvidence,
  roleIsShortAndNeutral,
  entityHasCategory,
  overlapsAreMutual,
  entityParagraphsAscending,
  entityParagraphsListMentions,
  entityParagraphsAreJustified,
  // Items.
  itemParagraphIsFirstEvidence,
  holderMatchesCertainty,
  summaryAttributesItem,
  restatedIsReworded,
  keyTermsOccurOnce,
  statementIsVerbatim,
  distractorsAreWrongAnswers,
  denialKindMatchesCertainty,
  paraphraseIsTheAuthors,
  // Facts.
  quantityIsVerbatim,
  quantityPrecisionIsConsistent,
  eventTimeIsConsistent,
  sameTimeEventsAgree,
  quotedFactSitsInAQuote,
  // Quotes.
  quoteHolderIsSpeaker,
  quoteTextIsItsWords,
  quoteSitsOnQuotationMarks,
  quotationMarksAnnotatedOnce,
  whoSaidQuoteIsFair,
  // Sources and tensions.
  attributionFitsItem,
  attributionSpansFit,
  holderIsSourcedOneWay,
  tensionsSetTwoSources,
  quotedPartsAreTheSpeakers,
  // Coverage.
  everyParagraphAnnotated,
  topicsAreUsed,
  capitalisedWordsAreNames,
  nonNamesOccur,
  // Reading annotations (word choice, structure, written tasks).
  loadedTermsAreReworded,
  structureCoversArticle,
  genreIsGrounded,
  explainTasksAreGrounded,
  explainModelsAttribute,
]

/** Every problem every rule finds in the pack, rule by rule. */
export function runRules(pack: CheckedPack, rules: readonly ContentRule[] = RULES): Problem[] {
  return rules.flatMap((rule) => rule.check(pack))
}
