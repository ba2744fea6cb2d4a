// @vitest-environment happy-dom
// Every question type, from the real bank, answered right and wrong by touch (clicks) and by the
// keyboard, with the result the checker gives for what the component produced.
import { flushPromises, mount, type DOMWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { useAnswerComponents } from '../../../src/composables/useAnswerComponents'
const loadAnswerComponent = useAnswerComponents().load
import QuizQuestion from '../../../src/components/quiz/QuizQuestion.vue'
import { kindOf } from '../../../src/questions/types/registry'
import type { Response } from '../../../src/domain/question'
import { checkAnswer } from '../../../src/questions/checkAnswer'
import { formatNumber } from '../../../src/questions/check/numbers'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import type { Question } from '../../../src/domain/question'
import { QUESTION_TYPES } from '../../../src/questions/types/registry'
import { LAYERS, type Layer } from '../../../src/content/layers'

const LAYER_KEYS: Record<Layer, string> = { reported: 'r', quote: 'q', unconfirmed: 'u', actor: 'a', author: 'p' }

const bank = loadQuestionBank().questions

async function mountQuestion(question: Question) {
  const draft = ref<Response>(kindOf(question).emptyResponse(question))
  const submits = ref(0)
  const Host = defineComponent(() => () =>
    h(QuizQuestion, {
      question,
      locked: false,
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
  const correct = () => kindOf(question).isReady(question, draft.value) && checkAnswer(question, draft.value).correct
  return { wrapper, draft, submits, correct }
}

type Mounted = Awaited<ReturnType<typeof mountQuestion>>

/** A key press where the browser sends it: on the focused element, bubbling to the window. */
async function press(key: string, target: Element = document.activeElement ?? document.body): Promise<boolean> {
  const notCancelled = target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  await nextTick()
  return notCancelled
}

/**
 * Tab to a button and press Enter. happy-dom does not turn Enter on a button into a click as a
 * browser does, so the click follows by hand, but only if nothing cancelled the key press
 * (which would stop the browser's click too). The browser spec plays the real thing.
 */
async function activateByKeyboard(button: DOMWrapper<Element>) {
  const element = button.element as HTMLButtonElement
  element.focus()
  expect(document.activeElement).toBe(element)
  expect(element.tagName).toBe('BUTTON')
  expect(await press('Enter', element)).toBe(true)
  await button.trigger('click')
}

async function typeAnswer(m: Mounted, text: string, how: 'click' | 'keyboard') {
  const input = m.wrapper.get('input')
  if (how === 'click') await input.trigger('click')
  ;(input.element as HTMLInputElement).focus()
  expect(document.activeElement).toBe(input.element)
  await input.setValue(text)
  if (how === 'keyboard') {
    await input.trigger('keydown', { key: 'Enter' })
    expect(m.submits.value).toBe(1)
  }
}

function wrongNumber(q: Question & { type: 'numeric' }): string {
  return formatNumber(q.answer.value + 1)
}

/** Plays the right (or a wrong) answer to `q` by touch or by keyboard. */
async function answer(m: Mounted, q: Question, right: boolean, how: 'click' | 'keyboard') {
  switch (q.type) {
    case 'single_choice':
    case 'true_false':
    case 'who_said':
    case 'whose_position':
    case 'fact_or_position':
    case 'paraphrase_check':
    case 'competing_claims':
    case 'structure':
    case 'multi_select': {
      const rightIds = q.type === 'multi_select' ? q.answer : [q.answer]
      const picks = right ? rightIds : [q.choices.find((c) => !rightIds.includes(c.id))!.id]
      for (const id of picks) {
        const index = q.choices.findIndex((c) => c.id === id)
        if (how === 'click') await m.wrapper.findAll('input')[index]!.trigger('click')
        else await press(String(index + 1), document.body)
      }
      return
    }
    case 'numeric':
      return typeAnswer(m, right ? formatNumber(q.answer.value) : wrongNumber(q), how)
    case 'cloze':
      return typeAnswer(m, right ? q.answer.accepted[0]! : 'qqqqqqqq', how)
    case 'matching':
    case 'source_match': {
      const [leftList, rightList] = m.wrapper.findAll('ul')
      const rotated = q.right.map((_, i) => q.right[(i + 1) % q.right.length]!)
      for (const [i, left] of q.left.entries()) {
        // Wrong: matching takes the next free partner; source_match each claim's neighbour's source (a derangement).
        const neighbour = q.answer[q.left[(i + 1) % q.left.length]!.id]
        const partner = right
          ? q.answer[left.id]
          : q.type === 'source_match'
            ? neighbour
            : rotated.find((r) => r.id !== q.answer[left.id] && !Object.values((m.draft.value as { pairs: Record<string, string> }).pairs).includes(r.id))?.id
        const leftButton = leftList!.findAll('button')[i]!
        const rightButton = rightList!.findAll('button')[q.right.findIndex((r) => r.id === partner)]!
        for (const button of [leftButton, rightButton]) {
          if (how === 'click') await button.trigger('click')
          else await activateByKeyboard(button)
        }
      }
      return
    }
    case 'ordering': {
      const target = right ? q.answer : [...q.answer].reverse()
      for (const [to, id] of target.entries()) {
        const item = () => m.wrapper.get(`[data-id="${id}"]`)
        let from = (m.draft.value as { itemIds: string[] }).itemIds.indexOf(id)
        if (how === 'keyboard') {
          ;(item().element as HTMLElement).focus()
          await press(' ')
          expect(item().attributes('aria-pressed')).toBe('true')
        }
        for (; from > to; from -= 1) {
          if (how === 'keyboard') {
            await press('ArrowUp')
            expect(document.activeElement).toBe(item().element) // focus follows the moved item
          } else {
            await m.wrapper.get(`li:nth-child(${from + 1}) button.move`).trigger('click') // its Move up button
          }
        }
        if (how === 'keyboard') await press(' ')
      }
      expect((m.draft.value as { itemIds: string[] }).itemIds).toEqual(target)
      return
    }
    case 'prove_it': {
      // The proof's words, or the passage's first word when it is not part of any proof.
      const key = q.answer.keys[0]!
      const wrongAt = q.answer.keys.every((k) => k.first > 0) ? 0 : q.passage.split(/\s+/).length - 1
      const [first, last] = right ? [key.first, key.last] : [wrongAt, wrongAt]
      if (how === 'click') {
        const words = m.wrapper.findAll('.word')
        await words[first]!.trigger('click')
        await words[last]!.trigger('click')
      } else {
        const passage = m.wrapper.get('.passage').element as HTMLElement
        passage.focus()
        await press('Home', passage)
        for (let i = 0; i < first; i++) await press('ArrowRight', passage)
        for (let i = first; i < last; i++) await new Promise<void>((done) => {
          passage.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, cancelable: true }))
          void nextTick(done)
        })
      }
      expect(m.draft.value).toEqual({ kind: 'words', first, last })
      return
    }
    case 'mark_layers': {
      // The article's marks, each with its layer (or one no word of it accepts): pick the layer, then the first and last word.
      const marks = kindOf(q).rightResponse(q) as { kind: 'marks'; marks: { first: number; last: number; layer: Layer }[] }
      const wanted = marks.marks.map((mark) => {
        if (right) return mark
        const accepted = new Set(q.answer.keys.filter((key) => key.first <= mark.last && key.last >= mark.first).flatMap((key) => key.layers))
        return { ...mark, layer: LAYERS.find((layer) => !accepted.has(layer))! }
      })
      const passage = m.wrapper.get('.passage').element as HTMLElement
      for (const mark of wanted) {
        if (how === 'click') {
          await m.wrapper.get(`.palette .hl-${mark.layer}`).trigger('click')
          const words = m.wrapper.findAll('.passage .word')
          await words[mark.first]!.trigger('click')
          await words[mark.last]!.trigger('click')
        } else {
          passage.focus()
          passage.dispatchEvent(new FocusEvent('focus'))
          await press('Home', passage)
          for (let i = 0; i < mark.first; i++) await press('ArrowRight', passage)
          for (let i = mark.first; i < mark.last; i++) await new Promise<void>((done) => {
            passage.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, cancelable: true }))
            void nextTick(done)
          })
          await press(LAYER_KEYS[mark.layer], passage)
        }
      }
      expect((m.draft.value as { marks: unknown[] }).marks).toEqual(wanted)
      return
    }
    case 'word_choice': {
      // Tap (or arrow to) a word, Next, then a holder and a rewording (buttons with role radio).
      const lastWord = q.sentence.split(/\s+/).length - 1
      const wrongAt = [0, lastWord].find((i) => q.answer.keys.every((k) => i < k.first || i > k.last)) ?? 0
      const at = right ? q.answer.keys[0]!.first : wrongAt
      if (how === 'click') await m.wrapper.findAll('.word')[at]!.trigger('click')
      else {
        const passage = m.wrapper.get('.passage').element as HTMLElement
        passage.focus()
        await press('Home', passage)
        for (let i = 0; i < at; i++) await press('ArrowRight', passage)
      }
      const next = m.wrapper.find('button.next')
      if (how === 'click') await next.trigger('click')
      else await activateByKeyboard(next)
      const holder = right ? q.answer.holder : q.holders.find((c) => c.id !== q.answer.holder)!.id
      const rewording = right ? q.answer.rewording : q.rewordings.find((c) => c.id !== q.answer.rewording)!.id
      for (const [group, id] of [[0, holder], [1, rewording]] as const) {
        const button = m.wrapper.findAll('[role="radiogroup"]')[group]!.find(`[data-id="${id}"]`)
        if (how === 'click') await button.trigger('click')
        else await activateByKeyboard(button)
      }
      return
    }
    case 'explain': {
      // Write, compare (the button, or Ctrl+Enter in the text), then tick what the answer covers
      // (checkboxes: a tap, or Space on the focused box, which the browser turns into a click).
      const area = m.wrapper.get('textarea')
      expect(document.activeElement).toBe(area.element)
      await area.setValue('In paragraph 6 Nairy told Reuters that the peacekeepers took people out.')
      if (how === 'click') await m.wrapper.get('button.compare').trigger('click')
      else await area.trigger('keydown', { key: 'Enter', ctrlKey: true })
      await flushPromises()
      expect(m.wrapper.find('textarea').exists()).toBe(false)
      expect(m.wrapper.text()).toContain(q.answer.model)
      const boxes = m.wrapper.findAll('input[type="checkbox"]')
      expect(boxes).toHaveLength(q.answer.checklist.length)
      for (const box of right ? boxes : []) {
        if (how === 'keyboard') (box.element as HTMLInputElement).focus()
        await box.trigger('click')
      }
      return
    }
  }
}

const samples = QUESTION_TYPES.map((type) => {
  const question = bank.find((q) => q.type === type && (q.type !== 'ordering' || q.items.length > 2))
  if (!question) throw new Error(`no ${type} question in the bank`)
  return [type, question] as const
})

describe.each(samples)('%s', (type, question) => {
  it.each(['click', 'keyboard'] as const)('is answered right by %s', async (how) => {
    const m = await mountQuestion(question)
    expect(m.wrapper.get('h2').text()).toBe(question.prompt)
    expect(m.correct()).toBe(false)
    await answer(m, question, true, how)
    expect(m.correct(), `${type} by ${how}`).toBe(true)
    m.wrapper.unmount()
  })

  it.each(['click', 'keyboard'] as const)('is answered wrong by %s', async (how) => {
    const m = await mountQuestion(question)
    await answer(m, question, false, how)
    expect(kindOf(question).isReady(question, m.draft.value), `${type} by ${how}: ready`).toBe(true)
    expect(checkAnswer(question, m.draft.value).correct, `${type} by ${how}`).toBe(false)
    m.wrapper.unmount()
  })
})

it('covers every type in the registry', async () => {
  expect(samples.map(([type]) => type)).toEqual([...QUESTION_TYPES])
  expect(samples.length).toBeGreaterThanOrEqual(12)
})
