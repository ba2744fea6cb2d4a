// Coverage: nothing in the article goes unannotated, nothing in the knowledge base goes unused.
import type { CheckedPack } from './rule'
import { defineRule } from './rule'
import { wholeWordIndices } from './text'
import { itemsWithPaths, spanProblem, surfaceForms } from './walk'

export const everyParagraphAnnotated = defineRule(
  'every-paragraph-annotated',
  'Every paragraph holds verbatim evidence of at least one fact, quote or position.',
  ({ knowledge, paragraphs }, report) => {
    const covered = new Set<number>()
    for (const { item, path } of itemsWithPaths(knowledge)) {
      item.evidence.forEach((span, j) => {
        if (!spanProblem(`${path}.evidence[${j}]`, span, paragraphs)) covered.add(span.paragraph)
      })
    }
    paragraphs.forEach((_, p) => {
      if (!covered.has(p + 1)) report(`paragraph ${p + 1} has no annotations`)
    })
  },
)

export const topicsAreUsed = defineRule(
  'topics-are-used',
  'Every topic is used by at least one fact, quote or position.',
  ({ knowledge }, report) => {
    const items = itemsWithPaths(knowledge).map(({ item }) => item)
    knowledge.topics.forEach((topic, i) => {
      if (!items.some((item) => item.topics.includes(topic.id))) report(`topics[${i}]: topic '${topic.id}' is not used by any item`)
    })
  },
)

/** Capitalised words outside every entity's names, with where they are. */
function capitalisedNonNames({ knowledge, paragraphs }: CheckedPack): Array<{ word: string; paragraph: number; at: number }> {
  const found: Array<{ word: string; paragraph: number; at: number }> = []
  paragraphs.forEach((text, p) => {
    const inName = new Array<boolean>(text.length).fill(false)
    for (const entity of knowledge.entities) {
      for (const form of surfaceForms(entity)) {
        for (const at of wholeWordIndices(text, form)) inName.fill(true, at, at + form.length)
      }
    }
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu)) {
      if (!inName[match.index]) found.push({ word: match[0], paragraph: p + 1, at: match.index })
    }
  })
  return found
}

export const capitalisedWordsAreNames = defineRule(
  'capitalised-words-are-names',
  "Every capitalised word is part of an entity's name, alias or mention, or listed in capitalizedNonNames, so no one the article names goes unannotated.",
  (pack, report) => {
    const allowed = new Set(pack.knowledge.capitalizedNonNames)
    for (const { word, paragraph, at } of capitalisedNonNames(pack)) {
      if (!allowed.has(word)) report(`paragraph ${paragraph} at ${at}: capitalised word “${word}” is not part of any entity's name and not in capitalizedNonNames`)
    }
  },
)

export const nonNamesOccur = defineRule(
  'non-names-occur',
  "Every word in capitalizedNonNames occurs capitalised somewhere outside an entity's name, so the list holds nothing stale.",
  (pack, report) => {
    const used = new Set(capitalisedNonNames(pack).map(({ word }) => word))
    pack.knowledge.capitalizedNonNames.forEach((word, i) => {
      if (!used.has(word)) report(`capitalizedNonNames[${i}]: “${word}” never occurs outside an entity's name`)
    })
  },
)
