// The layers of src/ and the rules between them, checked by `npm run lint` (depcruise src).
// Data flows one way: each layer may import itself and the layers listed before it, never one after it.
// Type-only imports count: a type that has to reach "up" belongs in src/domain.

/** Bottom first. A file of src/ that is in none of these (styles aside) is an error: give it a layer. */
const LAYERS = [
  ['domain', '^src/domain/', 'domain types and const lists; imports nothing of the app'],
  ['lib', '^src/lib/', 'plain utilities (bytes, valibot helpers); imports only the domain'],
  ['content', '^src/content/', 'the article and its knowledge base'],
  ['questions', '^src/questions/', 'one folder per question type (generator, checker, answer component…), the registry, the bank'],
  ['engine', '^src/engine/', 'quiz sessions, plans, results, scheduling, statistics'],
  ['classroom', '^src/classroom/', 'quiz links, result codes, exports, teachers’ set format'],
  ['platform', '^src/(boot/boot[.]ts$|idle[.]ts$|firstScreen[.]ts$|appInfo[.]ts$)', 'the page itself: the boot script, idle work, app name'],
  ['storage', '^src/storage/', 'what is kept on the device: IndexedDB, the stored bank (Cache Storage)'],
  ['support', '^src/support/', 'plain helpers of the UI (no Vue)'],
  ['stores', '^src/stores/', 'Pinia stores'],
  ['composables', '^src/composables/', 'useX functions'],
  ['components', '^src/(components|pwa)/', 'components'],
  ['views', '^src/views/', 'pages'],
  ['app', '^src/(main[.]ts|prerender[.]ts|router[.]ts|App[.]vue|boot/start[.]ts)$', 'the app’s entry, its start-up (boot/start.ts), root component and router'],
]

/** Plain-TS logic: no Vue, no storage, nothing of the UI (browser globals are ESLint's part: PURE_LOGIC). */
const PURE = ['^src/(domain|lib|content|questions|engine|classroom)/']

/** A question type's answer component (src/questions/types/<type>/*.vue): the one UI a pure folder may hold. */
const ANSWER_COMPONENT = '^src/questions/types/.+[.]vue$'

/** What an answer component may use of the UI besides Vue: the base and quiz components. */
const ANSWER_COMPONENT_MAY_USE = '^src/components/(base|quiz)/'

const VUE_PACKAGES = '^node_modules/(vue|@vue|pinia|vue-router)/'

const layerRules = LAYERS.flatMap(([name, path], index) => {
  const above = LAYERS.slice(index + 1)
  if (above.length === 0) return []
  return [
    {
      name: `layer-${name}`,
      comment: `${name} may import only itself and the layers below it (${LAYERS.slice(0, index)
        .map(([below]) => below)
        .join(', ') || 'nothing of the app'}).`,
      severity: 'error',
      from: { path, pathNot: name === 'questions' ? ANSWER_COMPONENT : undefined },
      to: { path: above.map(([, abovePath]) => abovePath) },
    },
  ]
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No two files of src/ import each other, directly or through others (type-only imports included).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    // Among them: pure folders import nothing from storage, support, stores, composables, components or views.
    ...layerRules,
    {
      name: 'domain-imports-nothing',
      comment: 'src/domain holds types and const lists: it imports nothing but itself (no package either).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'answer-component-reach',
      comment: `An answer component under src/questions/types/ may use the quiz UI (${ANSWER_COMPONENT_MAY_USE}) but no store, storage or page.`,
      severity: 'error',
      from: { path: ANSWER_COMPONENT },
      to: { path: '^src/', pathNot: [ANSWER_COMPONENT_MAY_USE, ...PURE] },
    },
    {
      name: 'pure-no-vue',
      comment: 'Pure folders import no Vue, Pinia or vue-router (answer components under src/questions/types/ aside).',
      severity: 'error',
      from: { path: PURE, pathNot: ANSWER_COMPONENT },
      to: { path: VUE_PACKAGES },
    },
    {
      name: 'pure-no-components',
      comment: 'Pure folders import no .vue file, but for a lazy import() of a question type’s answer component.',
      severity: 'error',
      from: { path: PURE, pathNot: ANSWER_COMPONENT },
      to: { path: '[.]vue$', pathNot: ANSWER_COMPONENT },
    },
    {
      name: 'pure-answer-components-lazily',
      comment: 'A question type’s answer component is loaded with import(), never imported statically.',
      severity: 'error',
      from: { path: PURE, pathNot: ANSWER_COMPONENT },
      to: { path: ANSWER_COMPONENT, dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'support-no-vue',
      comment: 'src/support holds plain helpers: no Vue, Pinia or vue-router (those are composables).',
      severity: 'error',
      from: { path: '^src/support/' },
      to: { path: VUE_PACKAGES },
    },
    {
      name: 'in-a-layer',
      comment: 'Every module of src/ belongs to a layer in .dependency-cruiser.cjs (styles aside).',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: [...LAYERS.map(([, path]) => path), '^src/styles/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.vue', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
}
