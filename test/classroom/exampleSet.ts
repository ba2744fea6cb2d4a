// The README's example set file, used by the importer's tests and the export page's spec.
export const EXAMPLE_SET = {
  format: 'close-read-set',
  version: 1,
  title: 'Reading for attribution',
  description: 'Who says what, in our own words.',
  questions: [
    {
      id: 'q1',
      type: 'single_choice',
      prompt: 'Which word shows that a figure is a minimum?',
      choices: [
        { id: 'a', text: 'at least' },
        { id: 'b', text: 'exactly' },
      ],
      answer: 'a',
      explanation: '“At least” gives a lower bound.',
    },
    { id: 'q2', type: 'true_false', prompt: 'True or false? An opinion piece argues a position.', choices: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }], answer: 'true' },
    { id: 'q3', type: 'multi_select', prompt: 'Which are reporting verbs?', choices: [{ id: 'a', text: 'said' }, { id: 'b', text: 'told' }, { id: 'c', text: 'blue' }], answer: ['a', 'b'] },
    { id: 'q4', type: 'numeric', prompt: 'How many sides has a triangle?', answer: { value: 3, unit: 'sides' } },
    { id: 'q5', type: 'cloze', prompt: 'Fill the gap.', before: 'A claim that is not ', after: ' yet.', answer: { accepted: ['confirmed', 'verified'] } },
    { id: 'q6', type: 'matching', prompt: 'Match.', left: [{ id: 'l1', text: 'fact' }, { id: 'l2', text: 'opinion' }], right: [{ id: 'r1', text: 'reported' }, { id: 'r2', text: 'argued' }], answer: { l1: 'r1', l2: 'r2' } },
    { id: 'q7', type: 'ordering', prompt: 'Order.', items: [{ id: 'b', text: 'second' }, { id: 'a', text: 'first' }], answer: ['a', 'b'] },
  ],
}
