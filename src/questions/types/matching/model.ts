import type { EvidenceSpan, Entity, KnowledgeItem } from '../../../domain/knowledge'
import type { Choice, Misreading, QuestionBase } from '../../../domain/question'

export interface MatchingQuestion extends QuestionBase {
  type: 'matching'
  left: Choice[]
  right: Choice[]
  /** left id -> right id; every left item has exactly one partner. */
  answer: Record<string, string>
  /** What a wrong pair stands for (a quotation given to the wrong speaker, a role to the wrong person). */
  misreading?: Misreading
}

export interface Pair {
  left: Choice
  right: Choice
  /** Who or what the right side names, to keep overlapping answers apart. */
  answer: Entity
  items: KnowledgeItem[]
  evidence: EvidenceSpan[]
  /** The pair as the explanation gives it ("Nairy — builder who fled …"). */
  explain: string
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    matching: MatchingQuestion
  }
}
