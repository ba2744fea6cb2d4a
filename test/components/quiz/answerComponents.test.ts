// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { answerComponents, loadAnswerComponent } from '../../../src/components/quiz/answerComponents'
import MatchingQuestionAnswer from '../../../src/questions/types/matching/MatchingQuestionAnswer.vue'
import { matching, ordering, singleChoice } from '../../engine/fixtures'

describe('answer components', () => {
  it('are in once their type is loaded, so the player can show such a question whole', async () => {
    expect(answerComponents).toEqual({})
    await loadAnswerComponent(matching)
    expect(answerComponents.matching).toBe(MatchingQuestionAnswer)
    expect(answerComponents.ordering).toBeUndefined()
    expect(answerComponents.single_choice).toBeUndefined()
    await loadAnswerComponent(ordering)
    await loadAnswerComponent(singleChoice)
    expect(answerComponents.ordering).toBeDefined()
    expect(answerComponents.single_choice).toBeDefined()
  })
})
