// structure: "How the piece is built", one right answer among four, from the knowledge base's parts and
// kind of text (knowledge.structure, knowledge.genre).
import { oneChoiceKind } from '../shared/oneChoice'
import type { StructureQuestion } from './model'

export const structureKind = oneChoiceKind<StructureQuestion>('structure', 'How the piece is built')
