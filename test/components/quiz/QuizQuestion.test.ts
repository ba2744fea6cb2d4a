// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { useAnswerComponents } from '../../../src/composables/useAnswerComponents'
const loadAnswerComponent = useAnswerComponents().load
import QuizQuestion from '../../../src/components/quiz/QuizQuestion.vue'
import { kindOf } from '../../../src/questions/types/registry'
import type { Response } from '../../../src/domain/question'
import { checkAnswer } from '../../../src/questions/checkAnswer'
import type { Question } from '../../../src/domain/question'
import { cloze, matching, multiSelect, numeric, ordering, singleChoice, trueFalse } from '../../engine/fixtures'

/** Mounts the question with a live draft, as the player does; returns the draft to inspect. */
async function mountQuestion(question: Question, options: { locked?: boolean } = {}) {
  const draft = ref<Response>(kindOf(question).emptyResponse(question))
  const submits = ref(0)
  const Host = defineComponent(() => () =>
    h(QuizQuestion, {
      question,
      locked: options.locked ?? false,
      result: null,
      modelValue: draft.value,
      'onUpdate:modelValue': (value: Response) => (draft.value = value),
      onSubmit: () => (submits.value += 1),
    }),
  )
  // Every type's answer component is loaded on demand: the player loads it first, so does this.
  await loadAnswerComponent(question)
  const wrapper = mount(Host, { attachTo: document.body })
  await flushPromises()
  return { wrapper, draft, submits, response: () => draft.value }
}

function pressKey(key: string, target: EventTarget = window) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}

describe('choice questions', () => {
  it('picks an option by tap and reports the right result', async () => {
    const { wrapper, response } = await mountQuestion(singleChoice)
    expect(wrapper.get('h2').text()).toBe(singleChoice.prompt)
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(3)
    await radios[0]!.trigger('change')
    expect(checkAnswer(singleChoice, response()).correct).toBe(true)
    await radios[1]!.trigger('change')
    expect(checkAnswer(singleChoice, response()).correct).toBe(false)
    wrapper.unmount()
  })

  it('picks an option with the number keys', async () => {
    const { wrapper, response, draft } = await mountQuestion(trueFalse)
    pressKey('2')
    await wrapper.vm.$nextTick()
    expect(draft.value).toEqual({ kind: 'choice', choiceId: 'false' })
    expect(checkAnswer(trueFalse, response()).correct).toBe(true)
    expect(wrapper.findAll('input')[1]!.element).toHaveProperty('checked', true)
    wrapper.unmount()
  })

  it('toggles several answers in a multi-select, and gives partial credit', async () => {
    const { wrapper, response } = await mountQuestion(multiSelect)
    const boxes = wrapper.findAll('input[type="checkbox"]')
    const rightIndexes = multiSelect.choices.map((choice, i) => (multiSelect.answer.includes(choice.id) ? i : -1)).filter((i) => i >= 0)
    await boxes[rightIndexes[0]!]!.trigger('change')
    const partial = checkAnswer(multiSelect, response())
    expect(partial.correct).toBe(false)
    expect(partial.score).toBeGreaterThan(0)
    for (const i of rightIndexes.slice(1)) await boxes[i]!.trigger('change')
    expect(checkAnswer(multiSelect, response()).correct).toBe(true)
    wrapper.unmount()
  })

  it('says the instruction once: no hint line when the prompt gives it', async () => {
    const question = { ...multiSelect, prompt: 'Which of these did she say, according to the article? Choose all that apply.' }
    const { wrapper } = await mountQuestion(question)
    expect(wrapper.get('h2').text()).toContain('Choose all that apply.')
    expect(wrapper.find('.hint').exists()).toBe(false)
    wrapper.unmount()
    const plain = await mountQuestion(multiSelect)
    expect(plain.wrapper.get('.hint').text()).toBe('Choose all that apply.')
    plain.wrapper.unmount()
  })

  it('keeps its keyboard hints (number badges) to where a keyboard is in use', async () => {
    const { wrapper } = await mountQuestion(singleChoice)
    expect(wrapper.findAll('.key').every((badge) => badge.classes('keyboard-only'))).toBe(true)
    wrapper.unmount()
  })

  it('locks the options once answered', async () => {
    const { wrapper } = await mountQuestion(singleChoice, { locked: true })
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })
})

describe('typed answers', () => {
  it('asks for a number with a numeric keyboard and submits on Enter', async () => {
    const { wrapper, response, submits, draft } = await mountQuestion(numeric)
    const input = wrapper.get('input')
    expect(input.attributes('inputmode')).toBe('decimal')
    await input.setValue('28 000')
    expect(kindOf(numeric).isReady(numeric, draft.value)).toBe(true)
    await input.trigger('keydown', { key: 'Enter' })
    expect(submits.value).toBe(1)
    expect(checkAnswer(numeric, response()).correct).toBe(true)
    wrapper.unmount()
  })

  it('does not treat digits typed in a text field as option shortcuts', async () => {
    const { wrapper, draft } = await mountQuestion(numeric)
    const input = wrapper.get('input')
    pressKey('1', input.element)
    expect(draft.value).toEqual({ kind: 'text', text: '' })
    wrapper.unmount()
  })

  it('shows the cloze sentence around a text blank', async () => {
    const { wrapper, response } = await mountQuestion(cloze)
    expect(wrapper.text()).toContain(cloze.before.trim())
    const input = wrapper.get('input')
    expect(input.attributes('inputmode')).toBe('text')
    expect(input.attributes('autocapitalize')).toBe('off')
    await input.setValue(cloze.answer.accepted[0]!.toUpperCase())
    expect(checkAnswer(cloze, response()).correct).toBe(true)
    wrapper.unmount()
  })
})

describe('matching', () => {
  it('pairs items by tapping one side then the other', async () => {
    const { wrapper, response, draft } = await mountQuestion(matching)
    const [leftList, rightList] = wrapper.findAll('ul')
    const leftButtons = leftList!.findAll('button')
    const rightButtons = rightList!.findAll('button')
    for (const [leftIndex, left] of matching.left.entries()) {
      const rightIndex = matching.right.findIndex((item) => item.id === matching.answer[left.id])
      await leftButtons[leftIndex]!.trigger('click')
      expect(leftButtons[leftIndex]!.attributes('aria-pressed')).toBe('true')
      await rightButtons[rightIndex]!.trigger('click')
    }
    expect(kindOf(matching).isReady(matching, draft.value)).toBe(true)
    expect(checkAnswer(matching, response()).correct).toBe(true)
    wrapper.unmount()
  })

  it('lets the learner start from the right side and re-pair', async () => {
    const { wrapper, draft } = await mountQuestion(matching)
    const [leftList, rightList] = wrapper.findAll('ul')
    await rightList!.findAll('button')[0]!.trigger('click')
    await leftList!.findAll('button')[0]!.trigger('click')
    expect((draft.value as { pairs: Record<string, string> }).pairs).toEqual({ [matching.left[0]!.id]: matching.right[0]!.id })
    // The same right item given to another left item moves the pair.
    await leftList!.findAll('button')[1]!.trigger('click')
    await rightList!.findAll('button')[0]!.trigger('click')
    expect((draft.value as { pairs: Record<string, string> }).pairs).toEqual({ [matching.left[1]!.id]: matching.right[0]!.id })
    wrapper.unmount()
  })
})

describe('ordering', () => {
  it('reorders with the Up and Down buttons', async () => {
    const { wrapper, draft } = await mountQuestion(ordering)
    const before = (draft.value as { itemIds: string[] }).itemIds.slice()
    await wrapper.findAll('button.move')[1]!.trigger('click') // first item: down
    expect((draft.value as { itemIds: string[] }).itemIds).toEqual([before[1], before[0], ...before.slice(2)])
    wrapper.unmount()
  })

  it('reorders with Space and the arrow keys, and can reach the right order', async () => {
    const { wrapper, draft, response } = await mountQuestion(ordering)
    // Move each right item into place from the top, with the keyboard only.
    for (const [target, id] of ordering.answer.entries()) {
      let from = (draft.value as { itemIds: string[] }).itemIds.indexOf(id)
      const item = () => wrapper.get(`[data-id="${id}"]`)
      await item().trigger('keydown', { key: ' ' })
      expect(item().attributes('aria-pressed')).toBe('true')
      while (from > target) {
        await item().trigger('keydown', { key: 'ArrowUp' })
        from -= 1
      }
      await item().trigger('keydown', { key: ' ' })
    }
    expect((draft.value as { itemIds: string[] }).itemIds).toEqual(ordering.answer)
    expect(checkAnswer(ordering, response()).correct).toBe(true)
    wrapper.unmount()
  })
})

describe('untrusted text', () => {
  it('renders prompts and choices as text, never as HTML', async () => {
    const evil: Question = { ...singleChoice, prompt: '<img src=x onerror=alert(1)>', choices: [{ id: 'a', text: '<b>bold</b>' }] }
    const { wrapper } = await mountQuestion(evil)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('<b>bold</b>')
    wrapper.unmount()
  })
})
