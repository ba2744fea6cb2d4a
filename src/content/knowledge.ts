// The shipped knowledge base and its lookups, as parts of the shipped article pack (bundledArticle.ts).
// For the modules that do not take the pack as a value yet (the question bank); new code takes an
// ArticlePack instead.
import { bundledPack } from './bundledArticle'

export const knowledge = bundledPack.knowledge
export const entitiesById = bundledPack.entitiesById
export const itemsById = bundledPack.itemsById
