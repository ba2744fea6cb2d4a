// structure: "How the piece is built", one right answer among four, from the knowledge base's parts and
// kind of text (knowledge.structure, knowledge.genre).
import { oneChoiceKind } from '../shared/oneChoice'
import { structureQuestions } from './generate'

export const structureKind = oneChoiceKind('structure', 'How the piece is built', structureQuestions)
