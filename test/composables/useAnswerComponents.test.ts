// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useAnswerComponents } from '../../src/composables/useAnswerComponents'
import MatchingQuestionAnswer from '../../src/questions/types/matching/MatchingQuestionAnswer.vue'
import { matching, ordering, singleChoice } from '../engine/fixtures'

describe('answer components', () => {
  it('are in once their type is loaded, so the player can show such a question whole', async () => {
    const { components, load } = useAnswerComponents()
    expect(components).toEqual({})
    await load(matching)
    expect(components.matching).toBe(MatchingQuestionAnswer)
    expect(components.ordering).toBeUndefined()
    expect(components.single_choice).toBeUndefined()
    await load(ordering)
    await load(singleChoice)
    expect(components.ordering).toBeDefined()
    expect(components.single_choice).toBeDefined()
  })

  it('are forgotten as on a new page, then load again', async () => {
    const { components, load, forget } = useAnswerComponents()
    await load(matching)
    forget()
    expect(components).toEqual({})
    await load(matching)
    expect(components.matching).toBe(MatchingQuestionAnswer)
  })
})
