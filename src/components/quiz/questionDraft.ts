// What the learner has entered so far for a question, before it is checked, and the Response it makes.

import type { Question, Response } from '../../domain/question'

export interface Draft {
  selected: string[]
  text: string
  pairs: Record<string, string>
  order: string[]
}

export function emptyDraft(question: Question): Draft {
  return { selected: [], text: '', pairs: {}, order: question.type === 'ordering' ? question.items.map((item) => item.id) : [] }
}

/** The draft a saved response stands for (to show an answered question again after a reload). */
export function draftFromResponse(question: Question, response: Response): Draft {
  const draft = emptyDraft(question)
  if (response.kind === 'choice') draft.selected = [response.choiceId]
  else if (response.kind === 'choices') draft.selected = response.choiceIds.slice()
  else if (response.kind === 'text') draft.text = response.text
  else if (response.kind === 'pairs') draft.pairs = { ...response.pairs }
  else draft.order = response.itemIds.slice()
  return draft
}

export function responseFromDraft(question: Question, draft: Draft): Response {
  switch (question.type) {
    case 'multi_select':
      return { kind: 'choices', choiceIds: draft.selected }
    case 'numeric':
    case 'cloze':
      return { kind: 'text', text: draft.text }
    case 'matching':
      return { kind: 'pairs', pairs: draft.pairs }
    case 'ordering':
      return { kind: 'order', itemIds: draft.order }
    default:
      return { kind: 'choice', choiceId: draft.selected[0] ?? '' }
  }
}

/** Whether there is something to check yet (the Check button stays disabled until there is). */
export function isDraftReady(question: Question, draft: Draft): boolean {
  switch (question.type) {
    case 'numeric':
    case 'cloze':
      return draft.text.trim() !== ''
    case 'matching':
      return Object.keys(draft.pairs).length === question.left.length
    case 'ordering':
      return true
    default:
      return draft.selected.length > 0
  }
}

/** A plain-language line on how to answer this type. */
export function answerHint(question: Question): string {
  switch (question.type) {
    case 'multi_select':
      return 'Choose every answer that fits.'
    case 'numeric':
      return 'Type a number.'
    case 'cloze':
      return 'Type the missing word from the article.'
    case 'matching':
      return 'Match each item on the left with one on the right.'
    case 'ordering':
      return 'Put these in order of time.'
    default:
      return 'Choose one answer.'
  }
}
