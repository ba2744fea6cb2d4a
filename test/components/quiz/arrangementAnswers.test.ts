// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { answerComponents, loadAnswerComponent } from '../../../src/components/quiz/arrangementAnswers'
import MatchingAnswer from '../../../src/components/quiz/MatchingAnswer.vue'
import { matching, ordering, singleChoice } from '../../engine/fixtures'

describe('answer components of matching and ordering questions', () => {
  it('are in once loaded, so the player can show such a question whole', async () => {
    await loadAnswerComponent(singleChoice)
    expect(answerComponents).toEqual({})
    await loadAnswerComponent(matching)
    expect(answerComponents.matching).toBe(MatchingAnswer)
    expect(answerComponents.ordering).toBeUndefined()
    await loadAnswerComponent(ordering)
    expect(answerComponents.ordering).toBeDefined()
  })
})
