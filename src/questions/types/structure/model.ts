import type { OneChoiceQuestion } from '../../../domain/question'

/** How the piece is built: what a part does, where reporting turns into argument, the call, the kind of text. */
export type StructureQuestion = OneChoiceQuestion<'structure'>

declare module '../../../domain/question' {
  interface QuestionShapes {
    structure: StructureQuestion
  }
}
