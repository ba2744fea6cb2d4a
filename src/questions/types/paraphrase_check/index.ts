// paraphrase_check ("Summary or quotation?"): which words are the author's summary of someone's
// words, not the words quoted. A pick-one question: it answers, exports and encodes as one.
import { checkNamingMisreading } from '../shared/misreadChoice'
import { oneChoiceKind } from '../shared/oneChoice'
import type { ParaphraseCheckQuestion } from './model'

export const paraphraseCheckKind = oneChoiceKind<ParaphraseCheckQuestion>('paraphrase_check', 'Summary or quotation?', {
  check: (question, response) => checkNamingMisreading(question, response?.choiceId ?? ''),
  hint: () => 'Choose the words that are the author’s summary.',
})
