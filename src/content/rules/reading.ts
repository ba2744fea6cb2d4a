// Annotations for reading questions: loaded words' rewordings (word_choice), the article's parts and
// kind of text (structure), written tasks (explain). Each is tied to the article's words.
import { AUTHOR_ID, type KnowledgeBase } from '../schema'
import { defineRule } from './rule'
import { itemsWithPaths } from './walk'
import { wholeWordIndices } from './text'

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1

export const loadedTermsAreReworded = defineRule(
  'loaded-terms-are-reworded',
  'A rewording and an effect go together on a loaded key term: its phrase holds the term and is the article’s words once in its paragraph; the three rewordings differ, and only the neutral one drops the term.',
  ({ knowledge, paragraphs }, report) => {
    for (const { item, path } of itemsWithPaths(knowledge)) {
      item.keyTerms?.forEach((term, i) => {
        const where = `${path}.keyTerms[${i}]`
        if (!term.rewording && !term.effect) return
        if (term.kind !== 'loaded') report(`${where}: a rewording or effect on a key term of kind '${term.kind}' (only loaded terms have one)`)
        if (!term.rewording || !term.effect) return report(`${where}: a rewording needs an effect, and an effect a rewording`)
        const { phrase, neutral, stronger, slanted } = term.rewording
        if (wholeWordIndices(phrase, term.text).length !== 1) report(`${where}.rewording.phrase: “${phrase}” does not hold “${term.text}” once`)
        const paragraph = item.evidence.find((span) => span.text.includes(term.text))?.paragraph ?? item.paragraph
        if (count(paragraphs[paragraph - 1] ?? '', phrase) !== 1) report(`${where}.rewording.phrase: “${phrase}” is not found once in paragraph ${paragraph}`)
        const all = [phrase, neutral, stronger, slanted]
        if (new Set(all.map((t) => t.toLowerCase())).size !== all.length) report(`${where}.rewording: the phrase and its three rewordings must all differ`)
        if (wholeWordIndices(neutral.toLowerCase(), term.text.toLowerCase()).length > 0) report(`${where}.rewording.neutral: “${neutral}” keeps the loaded “${term.text}”`)
        const quoted = [...term.effect.matchAll(/“([^”]*)”/g)].map((m) => (m[1] as string).toLowerCase())
        if (!quoted.some((q) => q.includes(term.text.toLowerCase()))) report(`${where}.effect: does not name the word “${term.text}” in quotation marks`)
      })
    }
  },
)

const within = (p: number, [from, to]: readonly [number, number]) => p >= from && p <= to

export const structureCoversArticle = defineRule(
  'structure-covers-article',
  'The article’s parts follow one another from the first paragraph to the last, with no gap or overlap, and each part’s evidence lies inside it.',
  ({ knowledge }, report) => {
    const parts = knowledge.structure
    if (!parts) return
    let next = 1
    const ids = new Set<string>()
    parts.forEach((part, i) => {
      const [from, to] = part.paragraphs
      if (ids.has(part.id)) report(`structure[${i}].id: duplicate id '${part.id}'`)
      ids.add(part.id)
      if (from !== next || to < from) report(`structure[${i}].paragraphs: [${from}, ${to}] should start at paragraph ${next} and not end before it starts`)
      next = to + 1
      part.evidence.forEach((span, j) => {
        if (!within(span.paragraph, part.paragraphs)) report(`structure[${i}].evidence[${j}]: paragraph ${span.paragraph} is outside the part (${from}–${to})`)
      })
    })
    if (parts.length > 0 && next !== knowledge.paragraphCount + 1) report(`structure: the parts end at paragraph ${next - 1}, not at the last paragraph (${knowledge.paragraphCount})`)
  },
)

const itemIds = (kb: KnowledgeBase) => new Map(itemsWithPaths(kb).map(({ item }) => [item.id, item]))

export const genreIsGrounded = defineRule(
  'genre-is-grounded',
  'The kind of text is read from the article: the turn to argument opens an analysis part after a witness part, the call to action is an author’s position in the last part, and the other calls are other holders’ positions.',
  ({ knowledge }, report) => {
    const genre = knowledge.genre
    if (!genre) return
    const parts = knowledge.structure ?? []
    const turnAt = parts.findIndex((part) => part.paragraphs[0] === genre.turn)
    if (turnAt < 0 || parts[turnAt]?.role !== 'analysis' || !parts.slice(0, turnAt).some((part) => part.role === 'witness')) {
      report(`genre.turn: paragraph ${genre.turn} does not open an analysis part that follows a witness part`)
    }
    const items = itemIds(knowledge)
    const call = items.get(genre.call.item)
    const last = parts[parts.length - 1]
    if (!call || call.certainty !== 'author_position') report(`genre.call.item: '${genre.call.item}' is not an author_position`)
    else if (last && (last.role !== 'call_to_action' || !within(call.paragraph, last.paragraphs))) report(`genre.call.item: '${genre.call.item}' is not in a closing call_to_action part`)
    genre.otherCalls.forEach((other, i) => {
      const item = items.get(other.item)
      if (!item) report(`genre.otherCalls[${i}].item: no item '${other.item}'`)
      else if (item.holder === AUTHOR_ID || item.holder === undefined) report(`genre.otherCalls[${i}].item: '${other.item}' is not held by someone other than the author`)
    })
    const texts = [genre.call.text, ...genre.otherCalls.map((c) => c.text)]
    if (new Set(texts).size !== texts.length) report('genre: two calls have the same text')
  },
)

export const explainTasksAreGrounded = defineRule(
  'explain-tasks-are-grounded',
  'A written task names existing items, cites paragraphs its evidence comes from, and has a model answer that cites one of them and quotes only the article’s words.',
  ({ knowledge, paragraphs }, report) => {
    const items = itemIds(knowledge)
    const article = paragraphs.join('\n')
    const ids = new Set<string>()
    knowledge.explain?.forEach((task, i) => {
      const where = `explain[${i}]`
      if (ids.has(task.id)) report(`${where}.id: duplicate id '${task.id}'`)
      ids.add(task.id)
      task.items.forEach((id, j) => {
        if (!items.has(id)) report(`${where}.items[${j}]: no item '${id}'`)
      })
      task.evidence.forEach((span, j) => {
        if (!task.paragraphs.includes(span.paragraph)) report(`${where}.evidence[${j}]: paragraph ${span.paragraph} is not among the task's paragraphs`)
      })
      if (!task.paragraphs.some((p) => new RegExp(`\\bparagraphs? ${p}\\b`).test(task.model))) report(`${where}.model: cites none of paragraphs ${task.paragraphs.join(', ')}`)
      for (const match of task.model.matchAll(/“([^”]*)”/g)) {
        if (!article.includes(match[1] as string)) report(`${where}.model: “${match[1]}” is not the article's words`)
      }
      const points = new Set(task.checklist.map((c) => c.id))
      if (points.size !== task.checklist.length) report(`${where}.checklist: two points share an id`)
    })
  },
)

/** Longest model answer: what a learner may write (the result code's cap) is what a model may take. */
export const MAX_MODEL_CHARS = 400

export const explainModelsAttribute = defineRule(
  'explain-models-attribute',
  'A written task’s model answer gives every view to its holder and keeps every hedge: it names the author for an author’s position, the holder for anyone else’s item, says “unconfirmed” for an unconfirmed report, and fits in 400 characters.',
  ({ knowledge }, report) => {
    const items = itemIds(knowledge)
    const entities = new Map(knowledge.entities.map((entity) => [entity.id, entity]))
    knowledge.explain?.forEach((task, i) => {
      const where = `explain[${i}].model`
      const model = task.model
      if (Array.from(model).length > MAX_MODEL_CHARS) report(`${where}: longer than ${MAX_MODEL_CHARS} characters`)
      for (const id of task.items) {
        const item = items.get(id)
        if (!item) continue
        if (item.certainty === 'author_position' || item.holder === AUTHOR_ID) {
          if (!/\bthe author\b|\bauthor’s\b/i.test(model)) report(`${where}: '${id}' is the author’s position, but the model does not name the author`)
        } else if (item.holder !== undefined) {
          const holder = entities.get(item.holder)
          const names = holder ? [holder.name, ...(holder.mentions ?? [])] : []
          if (!names.some((name) => model.includes(name))) report(`${where}: '${id}' is ${holder?.name ?? item.holder}’s, but the model does not name them`)
        }
        if (item.certainty === 'unconfirmed_report' && !/unconfirmed/i.test(model)) report(`${where}: '${id}' is an unconfirmed report, but the model drops “unconfirmed”`)
      }
    })
  },
)
