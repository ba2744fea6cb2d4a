import type { QuestionBase } from '../../../domain/question'

/** One point a good written answer includes; the learner ticks the ones their answer covers. */
export interface ChecklistPoint {
  id: string
  point: string
}

/**
 * Explain with evidence: a short written answer citing a paragraph, then a self-check against a model
 * answer and a checklist. Scored by the points the learner ticks (a share of the checklist).
 */
export interface ExplainQuestion extends QuestionBase {
  type: 'explain'
  /** The paragraphs (1-based) a good answer cites. */
  paragraphs: number[]
  answer: {
    /** A model answer in the app's words: attributes every view, keeps every hedge. */
    model: string
    /** What a good answer includes: two to five points. */
    checklist: ChecklistPoint[]
  }
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    explain: ExplainQuestion
  }
  interface ResponseShapes {
    /**
     * A written answer (untrusted text, shown only as text) and the checklist points ticked after
     * comparing it with the model answer; `compared` is set once the text is fixed and the model shown.
     */
    written: { kind: 'written'; text: string; compared: boolean; ticks: string[] }
  }
}
