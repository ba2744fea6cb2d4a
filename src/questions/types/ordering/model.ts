import type { Choice, QuestionBase } from '../../../domain/question'

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering'
  /** Items in the order they are first shown (shuffled by seed). */
  items: Choice[]
  /** Item ids in the right order (earliest first). */
  answer: string[]
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    ordering: OrderingQuestion
  }
}
