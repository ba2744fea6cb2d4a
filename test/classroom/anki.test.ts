import { describe, expect, it } from 'vitest'
import { ankiField, ANKI_COLUMNS, toAnki } from '../../src/classroom/anki'
import { loadQuestionBank } from '../../src/questions/bankNow'
import type { ChoiceQuestion } from '../../src/domain/question'
import { readDelimited } from './delimited'

const bank = loadQuestionBank().questions

function notesOf(text: string) {
  const lines = text.split('\n')
  const headers = lines.filter((line) => line.startsWith('#'))
  const body = lines.slice(headers.length).join('\n')
  return { headers, notes: readDelimited(body, '\t', '\n') }
}

describe('Anki export', () => {
  it('starts with the headers Anki reads', () => {
    const { headers } = notesOf(toAnki({ title: 'All', questions: bank }))
    // Anki's built-in Basic note type has the fields Front and Back: every column maps with no hand work.
    expect(headers).toEqual(['#separator:Tab', '#html:false', '#notetype:Basic', '#columns:Front\tBack\tTags', '#tags column:3'])
  })

  it('has one note per question, each with exactly the three columns', () => {
    const { notes } = notesOf(toAnki({ title: 'All', questions: bank }))
    expect(notes).toHaveLength(bank.length)
    for (const note of notes) expect(note).toHaveLength(ANKI_COLUMNS.length)
  })

  it('puts the prompt and choices on the front, the answer and explanation on the back, the evidence as its source under them', () => {
    const { notes } = notesOf(toAnki({ title: 'All', questions: bank }))
    notes.forEach(([front, back, tags], index) => {
      const question = bank[index]!
      expect(front).toContain(question.prompt)
      expect(back).toContain(question.explanation)
      expect(back).toContain('\n\nSource: Paragraph ')
      for (const span of question.evidence) expect(back).toContain(span.text)
      expect(tags?.split(' ')).toEqual(['close-read', question.type, ...question.topics])
    })
    const choice = bank.findIndex((question) => question.type === 'single_choice')
    const question = bank[choice] as ChoiceQuestion
    expect(notes[choice]?.[0]).toBe([question.prompt, ...question.choices.map((c, i) => `${'ABCD'[i]}. ${c.text}`)].join('\n'))
    expect(notes[choice]?.[1]?.startsWith(question.choices.find((c) => c.id === question.answer)!.text)).toBe(true)
  })

  it('quotes fields with tabs, newlines, quotes or a leading #, so a note stays one note', () => {
    expect(ankiField('plain')).toBe('plain')
    expect(ankiField('a\tb')).toBe('"a\tb"')
    expect(ankiField('a\nb')).toBe('"a\nb"')
    expect(ankiField('say "hi"')).toBe('"say ""hi"""')
    expect(ankiField('#not a header')).toBe('"#not a header"')
    const base = bank.find((question) => question.type === 'single_choice') as ChoiceQuestion
    const tricky = { ...base, prompt: '#1\tis "this"\nright?', topics: ['two words'] }
    const { notes } = notesOf(toAnki({ title: 'T', questions: [tricky] }))
    expect(notes).toHaveLength(1)
    expect(notes[0]?.[0]?.startsWith('#1\tis "this"\nright?')).toBe(true)
    expect(notes[0]?.[2]).toBe('close-read single_choice two_words')
  })
})
