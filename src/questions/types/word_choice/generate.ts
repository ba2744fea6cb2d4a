// word_choice: one question per loaded key term the knowledge base rewords. The learner taps a word of
// the term's sentence that carries a judgement (any loaded or attribution key term, or a label someone
// attaches, in that sentence), then says whose judgement the term is and picks the neutral rewording.
import { AUTHOR_ID, type Entity, type EvidenceSpan, type KeyTerm, type KnowledgeItem } from '../../../content/schema'
import type { Choice, Misreading } from '../../../domain/question'
import { entity, perBuild, randomFor, sentencesIn, type GeneratorContext } from '../../generators/context'
import { entityLabel, namesEntity } from '../../generators/entities'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
import { questionId, slug } from '../../generators/ids'
import { sentenceAround, wordIndices } from '../../generators/text'
import { shuffled } from '../../random'
import { spanOfRange, wordsOf, type WordSpan } from '../shared/words'
import type { WordChoiceQuestion } from './model'

/** Whose judgement a term is: a quotation's speaker, else the item's holder. */
function judgeOf(item: KnowledgeItem): string | undefined {
  return 'speaker' in item && item.speaker ? item.speaker : item.holder
}

interface Found {
  item: KnowledgeItem
  term: KeyTerm & Required<Pick<KeyTerm, 'rewording' | 'effect'>>
  paragraph: number
  at: number
}

function found(context: GeneratorContext): Found[] {
  const out: Found[] = []
  const seen = new Set<string>()
  for (const item of context.allItems) {
    for (const term of item.keyTerms ?? []) {
      if (term.kind !== 'loaded' || !term.rewording || !term.effect) continue
      const span = item.evidence.find((s) => wordIndices(s.text, term.text).length > 0)
      if (!span) continue
      const at = span.start + (wordIndices(span.text, term.text)[0] as number)
      const key = `${span.paragraph}:${at}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ item, term: term as Found['term'], paragraph: span.paragraph, at })
    }
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at)
}

interface Judgement {
  start: number
  end: number
  /** Whose judgement the words are: a loaded term's item's judge; a reporting verb is the author's choice; a label's giver. */
  judge: string
}

/** Every place in a paragraph that the knowledge base marks as carrying a judgement or a speaker's framing, with whose it is. */
export function judgementSpans(context: GeneratorContext, paragraph: number): Judgement[] {
  const spans: Judgement[] = []
  for (const item of context.allItems) {
    const judge = judgeOf(item)
    for (const term of item.keyTerms ?? []) {
      if (term.kind !== 'loaded' && term.kind !== 'attribution') continue
      const whose = term.kind === 'attribution' ? AUTHOR_ID : judge
      if (!whose) continue
      for (const s of item.evidence.filter((e: EvidenceSpan) => e.paragraph === paragraph)) {
        for (const hit of wordIndices(s.text, term.text)) spans.push({ start: s.start + hit, end: s.start + hit + term.text.length, judge: whose })
      }
    }
  }
  for (const e of context.knowledge.entities) {
    for (const label of e.labels ?? []) if (label.evidence.paragraph === paragraph) spans.push({ start: label.evidence.start, end: label.evidence.end, judge: label.by })
  }
  return spans
}

const VIEW_HOLDERS = ['org.csis', 'person.nikol-pashinyan', 'person.matthew-miller', 'person.anatoly-antonov']

function holderChoices(context: GeneratorContext, f: Found, judge: Entity, sentence: string): Choice[] {
  const misreading = (id: string): Misreading => (id === AUTHOR_ID || judge.id === AUTHOR_ID ? 'author-actor-swap' : 'wrong-speaker')
  const fits = (e: Entity | undefined): e is Entity =>
    !!e && e.id !== judge.id && !(judge.overlapsWith ?? []).includes(e.id) && (e.kind === 'person' || e.kind === 'organisation' || e.id === AUTHOR_ID || e.category === 'official')
  const named = context.knowledge.entities.filter((e) => e.kind === 'person' && namesEntity(sentence, e))
  const candidates = [
    ...(judge.id === AUTHOR_ID ? [] : [context.entities.get(AUTHOR_ID)]),
    ...named,
    ...(f.item.confusableWith ?? []).map((id) => context.entities.get(id)),
    // Someone of the same sort (a witness for a witness) before the view holders.
    ...context.knowledge.entities.filter((e) => judge.category !== undefined && judge.category !== 'author' && e.category === judge.category),
    ...VIEW_HOLDERS.map((id) => context.entities.get(id)),
  ].filter(fits)
  const unique = [...new Map(candidates.map((e) => [e.id, e])).values()].slice(0, 2)
  return [{ id: judge.id, text: entityLabel(judge) }, ...unique.map((e) => ({ id: e.id, text: entityLabel(e), misreading: misreading(e.id) }))]
}

/** Built once per bank build: cloze asks which loaded words these questions take as well as the bank. */
export const wordChoiceQuestions = perBuild(buildWordChoiceQuestions)

function buildWordChoiceQuestions(context: GeneratorContext): WordChoiceQuestion[] {
  return found(context).flatMap((f): WordChoiceQuestion[] => {
    const judgeId = judgeOf(f.item)
    if (!judgeId) return []
    const judge = entity(context, judgeId)
    const paragraph = context.paragraphs[f.paragraph - 1] ?? ''
    const bounds = sentenceAround(paragraph, f.at, f.at + f.term.text.length, sentencesIn(context, f.paragraph))
    const sentence = paragraph.slice(bounds.start, bounds.end)
    if (!sentence.includes(f.term.rewording.phrase)) return []
    const words = wordsOf(sentence)
    const toSpan = (s: { start: number; end: number }) => spanOfRange(words, s.start - bounds.start, s.end - bounds.start)
    const target = toSpan({ start: f.at, end: f.at + f.term.text.length })
    if (!target) return []
    const inSentence = judgementSpans(context, f.paragraph).filter((s) => s.start >= bounds.start && s.end <= bounds.end)
    // One sentence, one judge: where another's judgement sits beside the term (the author's “cynically”
    // before Erdogan's “utmost sensitivity”), a tap on it would be right as a judgement and wrong as
    // the holder's; the keys are the holder's own words only, so such a sentence asks nothing.
    const overlapsTerm = (s: Judgement) => s.start < f.at + f.term.text.length && s.end > f.at
    if (inSentence.some((s) => s.judge !== judge.id && !overlapsTerm(s))) return []
    const others = inSentence
      .map(toSpan)
      .filter((s): s is WordSpan => !!s && !(s.first === target.first && s.last === target.last))
    const id = questionId('word_choice', [f.item.id], undefined, slug(f.term.text))
    const random = randomFor(context, id)
    const { neutral, stronger, slanted } = f.term.rewording
    const rewordings: Choice[] = shuffled(
      [
        { id: 'neutral', text: neutral },
        { id: 'stronger', text: stronger, misreading: 'overstatement' as const },
        { id: 'slanted', text: slanted },
      ],
      random,
    )
    const whose = judge.id === AUTHOR_ID ? 'the author’s own' : `${entityLabel(judge)}’s, as the article gives it`
    const termSpan: EvidenceSpan = { paragraph: f.paragraph, start: f.at, end: f.at + f.term.text.length, text: f.term.text }
    return [
      {
        id,
        type: 'word_choice',
        prompt: `Tap a word in this sentence from paragraph ${f.paragraph} that carries a judgement.`,
        explanation: `${f.term.effect} The judgement is ${whose}. Without it: ${neutral}.`,
        // The quoted term's own item (Grigoryan's “truckloads”) is asked too: whose judgement it is.
        ...alsoShowing(grounding(context, [f.item], [termSpan]), idsShown(context, [termSpan])),
        difficulty: 2,
        paragraph: f.paragraph,
        sentence,
        term: f.term.text,
        phrase: f.term.rewording.phrase,
        holders: shuffled(holderChoices(context, f, judge, sentence), random),
        rewordings,
        effect: f.term.effect,
        answer: { keys: [target, ...others], holder: judge.id, rewording: 'neutral' },
      },
    ]
  })
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { wordChoiceQuestions as generate }
