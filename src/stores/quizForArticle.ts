// The article pages' way to the quiz store: a chunk of its own that only re-exports it. A dynamic
// import of quiz.ts itself, which shares a chunk with the Study page, makes the bundler build a
// module-namespace object there with a runtime helper chunk that Study would then load too.
export { useQuizStore } from './quiz'
