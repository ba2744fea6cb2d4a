// Facts, quotes and positions alike: where they sit, who holds them, how they are worded.
import { AUTHOR_ID, type Entity } from '../schema'
import { defineRule } from './rule'
import { MAX_ECHO, echoes, preview, sharedWordCount, statementMatchesEvidence, wholeWordIndices } from './text'
import { itemsWithPaths, surfaceForms } from './walk'

export const itemParagraphIsFirstEvidence = defineRule(
  'item-paragraph-is-first-evidence',
  "An item's paragraph is the paragraph of its first evidence span.",
  ({ knowledge }, report) => {
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const first = item.evidence[0]
      if (first && item.paragraph !== first.paragraph) report(`${path}.paragraph: ${item.paragraph} is not the paragraph of evidence[0] (${first.paragraph})`)
    }
  },
)

const NEEDS_HOLDER = ['actor_position', 'claim', 'denial', 'attributed_quote']

export const holderMatchesCertainty = defineRule(
  'holder-matches-certainty',
  "The author holds exactly the author_positions; a reported_fact has no holder; a position, claim, denial or speech quote has one.",
  ({ knowledge }, report) => {
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const { certainty, holder } = item
      if (certainty === 'author_position' && holder !== AUTHOR_ID) {
        report(`${path}.holder: an author_position must be held by '${AUTHOR_ID}' (got ${holder === undefined ? 'none' : `'${holder}'`})`)
      }
      if (holder === AUTHOR_ID && certainty !== 'author_position') {
        report(`${path}.certainty: an item held by the author must be author_position (got ${certainty})`)
      }
      if (certainty === 'reported_fact' && holder !== undefined) {
        report(`${path}.holder: a reported_fact is the article's own report; name the outlet as source, or classify it as a claim`)
      }
      if (NEEDS_HOLDER.includes(certainty) && holder === undefined && item.kind !== 'term') report(`${path}.holder: a ${certainty} needs a holder`)
    }
  },
)

export const summaryAttributesItem = defineRule(
  'summary-attributes-item',
  'A summary, and an item in other words (restated), attributes the item as its certainty says: “According to the article”, “unconfirmed”, who denied, or the holder by name (“The author” for the author).',
  ({ knowledge }, report) => {
    const entities = new Map(knowledge.entities.map((e) => [e.id, e]))
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const { certainty, holder } = item
      const texts = item.restated === undefined ? ([['summary', item.summary]] as const) : ([['summary', item.summary], ['restated', item.restated]] as const)
      for (const [field, text] of texts) {
        const where = `${path}.${field}`
        if (certainty === 'reported_fact' && !text.startsWith('According to the article')) report(`${where}: a reported_fact ${field} starts “According to the article”`)
        if (certainty === 'unconfirmed_report' && !/unconfirmed/i.test(text)) report(`${where}: an unconfirmed_report ${field} must say it is unconfirmed`)
        if (certainty === 'denial' && !/\bden(y|ied|ies)\b/i.test(text)) report(`${where}: a denial ${field} must say who denied what`)
        if (holder !== undefined && certainty !== 'reported_fact' && !namesHolder(text, holder, entities)) {
          report(`${where}: does not name its holder '${holder}'${holder === AUTHOR_ID ? ' (start with “The author”)' : ''}`)
        }
      }
    }
  },
)

export const restatedIsReworded = defineRule(
  'restated-is-reworded',
  `An item in other words (restated) repeats under ${MAX_ECHO * 100}% of the distinct words of each of its evidence spans and quotes none of them: the reader finds the words, not a string to match. Its proof, if any, is part of an evidence span.`,
  ({ knowledge }, report) => {
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const restated = item.restated
      if (restated === undefined) {
        if (item.proof) report(`${path}.proof: a proof goes with a restated statement`)
        continue
      }
      if (restated.includes('“')) report(`${path}.restated: quotes the article; say it in other words`)
      const proof = item.proof
      if (proof && !item.evidence.some((span) => span.paragraph === proof.paragraph && span.start <= proof.start && proof.end <= span.end && proof.end - proof.start < span.end - span.start)) {
        report(`${path}.proof: “${preview(proof.text)}” is not a part of one of the item's evidence spans`)
      }
      for (const span of [...item.evidence, ...(item.proof ? [item.proof] : [])]) {
        if (echoes(span.text, restated)) report(`${path}.restated: repeats ${sharedWordCount(span.text, restated)} of the words of “${preview(span.text)}”`)
      }
    }
  },
)

/** Does the summary name its holder (an unknown holder is another rule's business)? */
function namesHolder(summary: string, holderId: string, entities: ReadonlyMap<string, Entity>): boolean {
  if (holderId === AUTHOR_ID) return summary.startsWith('The author')
  const entity = entities.get(holderId)
  const lower = summary.toLowerCase()
  return entity === undefined || surfaceForms(entity).some((form) => lower.includes(form.toLowerCase()))
}

export const keyTermsOccurOnce = defineRule(
  'key-terms-occur-once',
  "A key term (a cloze blank) is whole words of the item's evidence, exactly once in some span, so the blank is not given away.",
  ({ knowledge }, report) => {
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const texts = item.evidence.map((span) => span.text)
      item.keyTerms?.forEach((term, j) => {
        const counts = texts.map((text) => wholeWordIndices(text, term.text).length)
        if (counts.every((n) => n === 0)) report(`${path}.keyTerms[${j}]: “${term.text}” does not occur as whole words in the item's evidence`)
        else if (!counts.includes(1)) report(`${path}.keyTerms[${j}]: “${term.text}” occurs more than once in its evidence, so a blank would be given away`)
      })
    }
  },
)

export const statementIsVerbatim = defineRule(
  'statement-is-verbatim',
  "A statement (a true/false prompt) is the evidence's own wording: it may only drop a final period, recase its first letter and elide with “ … ”.",
  ({ knowledge }, report) => {
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const texts = item.evidence.map((span) => span.text)
      if (item.statement !== undefined && !statementMatchesEvidence(item.statement, texts)) {
        report(`${path}.statement: “${preview(item.statement)}” is not the evidence's own wording`)
      }
    }
  },
)

export const distractorsAreWrongAnswers = defineRule(
  'distractors-are-wrong-answers',
  'A confusableWith entity is a plausible wrong holder: not the holder, not an entity overlapping with it, not a place.',
  ({ knowledge }, report) => {
    const entities = new Map(knowledge.entities.map((e) => [e.id, e]))
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const { holder } = item
      item.confusableWith?.forEach((id, j) => {
        const where = `${path}.confusableWith[${j}]`
        if (id === holder) report(`${where}: '${id}' is the holder itself`)
        else if (holder !== undefined && entities.get(holder)?.overlapsWith?.includes(id)) {
          report(`${where}: '${id}' overlaps with the holder '${holder}', so it is not a wrong answer`)
        }
        if (entities.get(id)?.kind === 'place') report(`${where}: '${id}' is a place, not a plausible holder`)
      })
    }
  },
)

export const denialKindMatchesCertainty = defineRule(
  'denial-kind-matches-certainty',
  "A position is of kind 'denial' exactly when its certainty is 'denial'.",
  ({ knowledge }, report) => {
    knowledge.positions.forEach((position, i) => {
      if ((position.kind === 'denial') !== (position.certainty === 'denial')) report(`positions[${i}].kind: a denial has kind 'denial' and certainty 'denial'`)
    })
  },
)

export const paraphraseIsTheAuthors = defineRule(
  'paraphrase-is-the-authors',
  "A paraphrase is the author's own summary of quotes that exist, and what it adds is in its evidence.",
  ({ knowledge }, report) => {
    const quoteIds = new Set(knowledge.quotes.map((quote) => quote.id))
    knowledge.positions.forEach((position, i) => {
      const paraphrase = position.paraphrase
      if (!paraphrase) return
      const path = `positions[${i}].paraphrase`
      if (position.certainty !== 'author_position') report(`${path}: only the author's own summary of someone's words is a paraphrase`)
      paraphrase.of.forEach((id, j) => {
        if (!quoteIds.has(id)) report(`${path}.of[${j}]: unknown quote '${id}'`)
      })
      if (!position.evidence.some((span) => span.text.includes(paraphrase.adds))) report(`${path}.adds: “${preview(paraphrase.adds)}” is not in the evidence`)
    })
  },
)
