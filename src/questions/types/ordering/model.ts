import type { Choice, Misreading, QuestionBase } from '../../../domain/question'

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering'
  /** Items in the order they are first shown (shuffled by seed). */
  items: Choice[]
  /** Item ids in the right order (earliest first). */
  answer: string[]
  /** What a wrong order stands for (events put at the wrong time). */
  misreading?: Misreading
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    ordering: OrderingQuestion
  }
}
