import type { QuestionType } from '../domain/question'

/** How each question type is named in the app. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: 'Multiple choice',
  multi_select: 'Choose all that fit',
  true_false: 'True or false',
  who_said: 'Who said it?',
  whose_position: 'Whose position?',
  fact_or_position: 'Fact or position?',
  numeric: 'Numbers',
  cloze: 'Fill the gap',
  matching: 'Matching',
  ordering: 'Put in order',
}
