// paraphrase_check ("Summary or quotation?"): which words are the author's summary of someone's
// words, not the words quoted. A pick-one question: it answers, exports and encodes as one.
import { checkNamingMisreading } from '../shared/misreadChoice'
import { oneChoiceKind } from '../shared/oneChoice'
import { paraphraseCheckQuestions } from './generate'

export const paraphraseCheckKind = oneChoiceKind('paraphrase_check', 'Summary or quotation?', paraphraseCheckQuestions, {
  check: (question, response) => checkNamingMisreading(question, response?.choiceId ?? ''),
  hint: () => 'Choose the words that are the author’s summary.',
})
