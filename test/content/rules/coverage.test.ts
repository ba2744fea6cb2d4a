import { describe, expect, it } from 'vitest'
import { capitalisedWordsAreNames, everyParagraphAnnotated, nonNamesOccur, topicsAreUsed } from '../../../src/content/rules/coverage'
import { miniPack, problemsAfter, reported } from './miniPack'

describe('every-paragraph-annotated', () => {
  const rule = everyParagraphAnnotated
  it('accepts an article with evidence in every paragraph', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a paragraph without items', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.positions = knowledge.positions.filter((p) => p.paragraph !== 3)))).toEqual(
      reported(rule, 'paragraph 3 has no annotations'),
    )
  })
  it('does not count evidence that is not verbatim, nor an entity’s role evidence', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes.forEach((q) => (q.evidence[0]!.start += 1))
      knowledge.positions[0]!.evidence[0]!.start += 1
    })
    expect(problems).toEqual(reported(rule, 'paragraph 2 has no annotations'))
  })
})

describe('topics-are-used', () => {
  const rule = topicsAreUsed
  it('accepts topics that items use', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a topic no item uses, even if an entity lists it', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.topics.push({ id: 'history', label: 'History', description: 'What came before.' })
      knowledge.entities[0]!.topics = ['history']
    })
    expect(problems).toEqual(reported(rule, "topics[2]: topic 'history' is not used by any item"))
  })
})

describe('capitalised-words-are-names', () => {
  const rule = capitalisedWordsAreNames
  it('accepts capitalised words that are names or listed non-names', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('catches a person the knowledge base leaves out, word by word', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[4]!.name = 'the teacher'
      knowledge.entities[4]!.mentions = []
    })
    expect(problems).toEqual(
      reported(
        rule,
        "paragraph 2 at 24: capitalised word “Anna” is not part of any entity's name and not in capitalizedNonNames",
        "paragraph 2 at 29: capitalised word “Petrosyan” is not part of any entity's name and not in capitalizedNonNames",
      ),
    )
  })
  it('does not let a name cover the same word inside another word', () => {
    const problems = problemsAfter(rule, ({ paragraphs }) => (paragraphs[2] = paragraphs[2]!.replace('Baku', 'Bakuvians')))
    expect(problems).toEqual(reported(rule, "paragraph 3 at 39: capitalised word “Bakuvians” is not part of any entity's name and not in capitalizedNonNames"))
  })
})

describe('non-names-occur', () => {
  const rule = nonNamesOccur
  it('accepts non-names that occur outside names', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a non-name that never occurs, or only inside a name', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.capitalizedNonNames.push('Tuesday', 'Anna')
    })
    expect(problems).toEqual(
      reported(rule, 'capitalizedNonNames[5]: “Tuesday” never occurs outside an entity\'s name', 'capitalizedNonNames[6]: “Anna” never occurs outside an entity\'s name'),
    )
  })
})
