// multi_select: (1) which of these did <person> say? — all of their quotes among quotes of people
// confusable with them; (2) which of these statements does the article present as <class>? —
// fixed windows of statements in reading order, so ids never depend on the seed.
import type { Quote } from '../../../content/schema'
import { sample, shuffled } from '../../random'
import type { Choice } from '../../../domain/question'
import type { MultiSelectQuestion } from './model'
import { entity, randomFor, someonesWords, type GeneratorContext } from '../../generators/context'
import { entityLabel, overlaps, speakerMisreading } from '../../generators/entities'
import { alsoShowing, grounding } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { CLASS_CHOICES, classifiableStatements, classMisreading, type Statement, type StatementClass } from '../../generators/statements'
import { quoted, shortRef } from '../../generators/text'
import { flatMapped } from '../../generators/lists'
import { byLengthCloseness, lengthGiveaway } from '../../generators/lengths'

const WINDOW = 5
const WRONG_QUOTES = 3
const CLASS_WORDS: Record<StatementClass, string> = {
  opinion: 'as the author’s own opinion',
  reported: 'as fact, in its own reporting voice',
  quote_or_claim: 'as a quote or view of someone in it',
  unconfirmed: 'as unconfirmed or denied',
}
const CLASS_ORDER: StatementClass[] = ['opinion', 'reported', 'quote_or_claim', 'unconfirmed']

export function multiSelectQuestions(context: GeneratorContext): MultiSelectQuestion[] {
  return [...saidByQuestions(context), ...classQuestions(context)]
}

// Whole quotations only: a “…” of the app's inside the marks would look like the article's own.
const MAX_QUOTE = 200
const quoteChoice = (q: Quote): Choice => ({ id: q.id, text: quoted(q.text) })

function saidByQuestions(context: GeneratorContext): MultiSelectQuestion[] {
  const speakers = [...new Set(context.knowledge.quotes.map((q) => q.speaker).filter((s): s is string => !!s))]
  return flatMapped(speakers, (speakerId): MultiSelectQuestion[] => {
    const speaker = entity(context, speakerId)
    // Only quotations that are someone's words (not a name or term the article puts in quotation marks).
    const words = context.knowledge.quotes.filter((q) => someonesWords(q) && q.text.length <= MAX_QUOTE)
    const own = words.filter((q) => q.speaker === speakerId)
    const confusable = new Set(flatMapped(own, (q) => q.confusableWith ?? []))
    const others = words.filter((q) => q.speaker && confusable.has(q.speaker) && !overlaps(entity(context, q.speaker), speaker))
    if (speaker.kind !== 'person' || own.length < 2 || others.length < WRONG_QUOTES) return []
    const id = questionId('multi_select', own.map((q) => q.id), 'said-by')
    const random = randomFor(context, id)
    // Someone else's words of about the length of the speaker's: a short “truckloads” among long
    // quotations would be wrong by its look. Seeded, then the closest in length.
    const ownLengths = own.map((o) => o.text.length)
    const wrong = byLengthCloseness(sample(others, others.length, random), ownLengths, (q) => q.text.length).slice(0, WRONG_QUOTES)
    if (lengthGiveaway(ownLengths, wrong.map((q) => q.text.length))) return []
    const name = entityLabel(speaker)
    const whose = wrong.map((q) => `${shortRef(q.text, 5)} (${entityLabel(entity(context, q.speaker as string))})`).join(', ')
    return [
      {
        id,
        type: 'multi_select',
        prompt: `Which of these did ${name} say, according to the article? Choose all that apply.`,
        choices: shuffled([...own.map(quoteChoice), ...wrong.map((q) => ({ ...quoteChoice(q), misreading: speakerMisreading(speakerId, q.speaker as string) }))], random),
        answer: own.map((q) => q.id),
        explanation: `${own.map((q) => q.summary).join(' ')} The other words are someone else’s: ${whose}.`,
        // The right quotations and where the article names their speaker; the explanation names the
        // others' speakers, so their quotations are listed too (no quiz asks them again beside it).
        ...alsoShowing(grounding(context, own, flatMapped(own, (q) => [...q.evidence, ...q.attribution])), wrong.map((q) => q.id)),
        difficulty: 2,
      },
    ]
  })
}

function classQuestions(context: GeneratorContext): MultiSelectQuestion[] {
  // “Which of these statements …”: whole statements only, not a cut phrase (“inflict strategic
  // damage on Russia”) that its grammar sets apart.
  const statements = classifiableStatements(context).filter((s) => /^\p{Lu}/u.test(s.text))
  const windows: Statement[][] = []
  for (let i = 0; i + 2 < statements.length; i += WINDOW) windows.push(statements.slice(i, i + WINDOW))
  return flatMapped(windows, (window, index): MultiSelectQuestion[] => {
    const mixed = CLASS_ORDER.filter((cls) => window.some((s) => s.cls === cls) && window.some((s) => s.cls !== cls))
    const cls = mixed[index % Math.max(1, mixed.length)]
    if (!cls) return []
    // The id names the window; a statement the article sets against a denial or unconfirmed
    // reports is left out when the class asked for is “unconfirmed or denied” (it would be arguable).
    const id = questionId('multi_select', flatMapped(window, (s) => [s.item, ...s.also]).map((i) => i.id), cls)
    // A witness's words are an account the article does not confirm as well as a quotation: beside
    // “unconfirmed or denied” or “a quote” either way they would be arguable, so they are left out.
    const witness = (s: Statement) => s.item.holder !== undefined && context.entities.get(s.item.holder)?.category === 'witness'
    const arguable = (s: Statement) => s.cls !== cls && (cls === 'unconfirmed' || cls === 'quote_or_claim') && (s.cls === 'unconfirmed' || s.cls === 'quote_or_claim') && witness(s)
    const asked = window.filter((s) => (cls !== 'unconfirmed' || s.disputedBy.length === 0) && !arguable(s))
    // Statements not of the class asked about, of about the length of those that are: the author's
    // long arguments among short reports would be picked by their length. The wrong ones furthest
    // in length go first, down to two; a window still giving its answers away asks nothing.
    const rightLengths = asked.filter((s) => s.cls === cls).map((s) => s.text.length)
    let wrongOnes = asked.filter((s) => s.cls !== cls)
    while (wrongOnes.length > 2 && lengthGiveaway(rightLengths, wrongOnes.map((s) => s.text.length))) {
      wrongOnes = byLengthCloseness(wrongOnes, rightLengths, (s) => s.text.length).slice(0, -1)
    }
    if (wrongOnes.length < 2 || lengthGiveaway(rightLengths, wrongOnes.map((s) => s.text.length))) return []
    const shown = asked.filter((s) => s.cls === cls || wrongOnes.includes(s))
    // Grounded in the right statements; the explanation says how the article presents the others.
    const items = flatMapped(shown.filter((s) => s.cls === cls), (s) => [s.item, ...s.also])
    const right = shown.filter((s) => s.cls === cls)
    const wrong = shown.filter((s) => s.cls !== cls)
    const others = wrong.map((s) => `${shortRef(s.text)} (${CLASS_CHOICES[s.cls].text.toLowerCase()})`).join('; ')
    return [
      {
        id,
        type: 'multi_select',
        prompt: `Which of these statements does the article present ${CLASS_WORDS[cls]}? Choose all that apply.`,
        choices: shuffled(shown.map((s) => ({ id: s.item.id, text: quoted(s.text), ...(s.cls === cls ? {} : { misreading: classMisreading(s.cls, cls) }) })), randomFor(context, id)),
        answer: right.map((s) => s.item.id),
        explanation: `${right.map((s) => s.item.summary).join(' ')} The others: ${others}.`,
        // Every statement shown is classified by the question or its explanation: all are listed.
        ...alsoShowing(grounding(context, items), flatMapped(wrong, (s) => [s.item, ...s.also]).map((i) => i.id)),
        difficulty: 3,
      },
    ]
  })
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { multiSelectQuestions as generate }
