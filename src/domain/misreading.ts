// The misreadings a wrong answer can stand for: every generated wrong choice may name the one it
// stands for, so feedback can say it in plain words and Progress can count them. Imports nothing.

export const MISREADINGS = ['dropped-hedge', 'wrong-speaker', 'author-actor-swap', 'overstatement', 'wrong-time', 'outside-assumption', 'mixed-up-detail'] as const
export type Misreading = (typeof MISREADINGS)[number]

/** Each misreading in plain words, as feedback says it after a wrong answer. */
export const MISREADING_TEXT: Readonly<Record<Misreading, string>> = {
  'dropped-hedge': 'That answer drops a hedge or an attribution: it takes something the article passes on, calls unconfirmed or gives as someone’s view as established fact.',
  'wrong-speaker': 'That answer gives the words or the account to the wrong source.',
  'author-actor-swap': 'That answer swaps the author and someone the article quotes: the author’s words taken for theirs, or theirs for the author’s.',
  overstatement: 'That answer says more than the article does: a minimum or a part made a total.',
  'wrong-time': 'That answer puts it at the wrong time.',
  'outside-assumption': 'That answer rests on something the article does not say.',
  'mixed-up-detail': 'That answer mixes up details: it belongs to something else in the article, not to this.',
}

/** Each misreading as a short name, for profiles and practice sets ("Practise: the wrong speaker"). */
export const MISREADING_NAME: Readonly<Record<Misreading, string>> = {
  'dropped-hedge': 'a dropped hedge',
  'wrong-speaker': 'the wrong speaker',
  'author-actor-swap': 'the author and an actor swapped',
  overstatement: 'an overstatement',
  'wrong-time': 'the wrong time',
  'outside-assumption': 'an outside assumption',
  'mixed-up-detail': 'a mixed-up detail',
}

export function isMisreading(value: unknown): value is Misreading {
  return typeof value === 'string' && (MISREADINGS as readonly string[]).includes(value)
}
