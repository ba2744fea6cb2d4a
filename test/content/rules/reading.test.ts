import { describe, expect, it } from 'vitest'
import { explainModelsAttribute, explainTasksAreGrounded, genreIsGrounded, loadedTermsAreReworded, structureCoversArticle } from '../../../src/content/rules/reading'
import type { KnowledgeBase } from '../../../src/content/schema'
import { miniPack, problemsAfter, reported, span } from './miniPack'

/** The mini pack's “hunger siege” made a loaded term with a rewording. */
function withLoadedTerm(kb: KnowledgeBase) {
  const quote = kb.quotes[1]!
  quote.keyTerms = [
    {
      text: 'hunger siege',
      kind: 'loaded',
      rewording: { phrase: 'a “hunger siege”', neutral: 'a blockade', stronger: 'a starvation war', slanted: 'a cruel siege' },
      effect: 'The words “hunger siege” make the blockade sound like an attack on people’s food.',
    },
  ]
  return quote.keyTerms[0]!
}

/** Parts, kind of text and a written task for the mini article. */
function withReading(kb: KnowledgeBase) {
  kb.structure = [
    { id: 'part.witness', paragraphs: [1, 1], role: 'witness', evidence: [span(1, 'at least 300 people fled Stepanakert')] },
    { id: 'part.view', paragraphs: [2, 2], role: 'analysis', evidence: [span(2, 'said Anna Petrosyan')] },
    { id: 'part.call', paragraphs: [3, 3], role: 'call_to_action', evidence: [span(3, 'Peace will come soon')] },
  ]
  kb.genre = {
    kind: 'An opinion piece',
    signs: [{ sign: 'A forecast in the writer’s voice', evidence: [span(3, 'Peace will come soon')] }],
    notSigns: [
      { sign: 'A number', evidence: [span(1, 'at least 300')] },
      { sign: 'A day', evidence: [span(1, 'on Monday')] },
      { sign: 'A quotation', evidence: [span(2, 'We will go back')] },
    ],
    missing: ['A byline'],
    present: [
      { feature: 'A number', evidence: [span(1, 'at least 300')] },
      { feature: 'A day', evidence: [span(1, 'on Monday')] },
      { feature: 'A quotation', evidence: [span(2, 'We will go back')] },
    ],
    turn: 2,
    call: { item: 'pos.author.peace-will-come', text: 'Waiting for peace' },
    otherCalls: [
      { item: 'pos.anna-petrosyan.return', text: 'Going back' },
      { item: 'pos.baku-officials.deny-attack', text: 'Denying the attack' },
      { item: 'quote.petrosyan-go-back', text: 'Returning home' },
    ],
  }
  kb.explain = [
    {
      id: 'explain.petrosyan',
      question: 'How does the article use Anna Petrosyan’s words?',
      paragraphs: [2],
      items: ['quote.petrosyan-go-back'],
      model: 'In paragraph 2 the article quotes Anna Petrosyan: “We will go back”.',
      checklist: [
        { id: 'cites', point: 'Cites paragraph 2' },
        { id: 'hers', point: 'Gives the words as hers' },
      ],
      evidence: [span(2, 'We will go back')],
    },
  ]
}

describe('loaded-terms-are-reworded', () => {
  const rule = loadedTermsAreReworded
  it('accepts a loaded term with its rewording and effect, and terms with neither', () => {
    expect(rule.check(miniPack())).toEqual([])
    expect(problemsAfter(rule, ({ knowledge }) => void withLoadedTerm(knowledge))).toEqual([])
  })
  it('rejects a rewording on a term that is not loaded, or without an effect', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (withLoadedTerm(knowledge).kind = 'claim'))).toEqual(
      reported(rule, "quotes[1].keyTerms[0]: a rewording or effect on a key term of kind 'claim' (only loaded terms have one)"),
    )
    expect(problemsAfter(rule, ({ knowledge }) => delete withLoadedTerm(knowledge).effect)).toEqual(
      reported(rule, 'quotes[1].keyTerms[0]: a rewording needs an effect, and an effect a rewording'),
    )
  })
  it('rejects a phrase not in the article, a neutral rewording that keeps the word, repeated rewordings and an effect that does not quote it', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      const term = withLoadedTerm(knowledge)
      term.rewording!.phrase = 'the hunger siege'
      term.rewording!.neutral = 'a hunger siege of sorts'
      term.rewording!.slanted = 'a starvation war'
      term.effect = 'It sounds harsh.'
    })
    expect(problems).toEqual(
      reported(
        rule,
        'quotes[1].keyTerms[0].rewording.phrase: “the hunger siege” is not found once in paragraph 2',
        'quotes[1].keyTerms[0].rewording: the phrase and its three rewordings must all differ',
        'quotes[1].keyTerms[0].rewording.neutral: “a hunger siege of sorts” keeps the loaded “hunger siege”',
        'quotes[1].keyTerms[0].effect: does not name the word “hunger siege” in quotation marks',
      ),
    )
  })
})

describe('structure-covers-article', () => {
  const rule = structureCoversArticle
  it('accepts parts that follow one another to the last paragraph', () => {
    expect(problemsAfter(rule, ({ knowledge }) => withReading(knowledge))).toEqual([])
  })
  it('rejects a gap, a short end and evidence outside its part', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      withReading(knowledge)
      knowledge.structure!.splice(1, 1)
      knowledge.structure![0]!.evidence.push(span(2, 'We will go back'))
    })
    expect(problems).toEqual(
      reported(
        rule,
        'structure[0].evidence[1]: paragraph 2 is outside the part (1–1)',
        'structure[1].paragraphs: [3, 3] should start at paragraph 2 and not end before it starts',
      ),
    )
    expect(problemsAfter(rule, ({ knowledge }) => (withReading(knowledge), knowledge.structure!.pop()))).toEqual(
      reported(rule, 'structure: the parts end at paragraph 2, not at the last paragraph (3)'),
    )
  })
})

describe('genre-is-grounded', () => {
  const rule = genreIsGrounded
  it('accepts a turn after the witnesses and the author’s call in the last part', () => {
    expect(problemsAfter(rule, ({ knowledge }) => withReading(knowledge))).toEqual([])
  })
  it('rejects a turn into no analysis part, a call that is not the author’s, and another call of the author’s', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      withReading(knowledge)
      knowledge.genre!.turn = 3
      knowledge.genre!.call.item = 'pos.anna-petrosyan.return'
      knowledge.genre!.otherCalls[0]!.item = 'pos.author.peace-will-come'
    })
    expect(problems).toEqual(
      reported(
        rule,
        'genre.turn: paragraph 3 does not open an analysis part that follows a witness part',
        "genre.call.item: 'pos.anna-petrosyan.return' is not an author_position",
        "genre.otherCalls[0].item: 'pos.author.peace-will-come' is not held by someone other than the author",
      ),
    )
  })
})

describe('explain-tasks-are-grounded', () => {
  const rule = explainTasksAreGrounded
  it('accepts a task whose model cites its paragraph and quotes the article', () => {
    expect(problemsAfter(rule, ({ knowledge }) => withReading(knowledge))).toEqual([])
  })
  it('rejects unknown items, evidence from other paragraphs, a model citing none and misquoting, repeated points', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      withReading(knowledge)
      const task = knowledge.explain![0]!
      task.items.push('quote.nobody')
      task.evidence.push(span(3, 'Peace will come soon'))
      task.model = 'The article quotes her: “We shall return”.'
      task.checklist[1]!.id = 'cites'
    })
    expect(problems).toEqual(
      reported(
        rule,
        "explain[0].items[1]: no item 'quote.nobody'",
        "explain[0].evidence[1]: paragraph 3 is not among the task's paragraphs",
        'explain[0].model: cites none of paragraphs 2',
        "explain[0].model: “We shall return” is not the article's words",
        'explain[0].checklist: two points share an id',
      ),
    )
  })
})

describe('explain-models-attribute', () => {
  const rule = explainModelsAttribute
  it('accepts a model that names whose words it passes on', () => {
    expect(problemsAfter(rule, ({ knowledge }) => withReading(knowledge))).toEqual([])
  })
  it('rejects a model that drops the holder, the author or “unconfirmed”, or runs past 400 characters', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      withReading(knowledge)
      const task = knowledge.explain![0]!
      task.items.push('pos.author.peace-will-come')
      task.model = `In paragraph 2 the article quotes her: “We will go back”. ${'Peace will come. '.repeat(22)}`
    })
    expect(problems).toEqual(
      reported(
        rule,
        'explain[0].model: longer than 400 characters',
        "explain[0].model: 'quote.petrosyan-go-back' is Anna Petrosyan’s, but the model does not name them",
        "explain[0].model: 'pos.author.peace-will-come' is the author’s position, but the model does not name the author",
      ),
    )
  })
  it('rejects a model that states an unconfirmed report as fact', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      withReading(knowledge)
      // The mini pack's first fact, read as an unconfirmed report: the model must keep the hedge.
      const fact = knowledge.facts[0]!
      fact.certainty = 'unconfirmed_report'
      knowledge.explain![0]!.items = [fact.id]
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toMatch(/drops “unconfirmed”/)
  })
})
