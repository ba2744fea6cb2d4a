import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

// Folders of plain-TS logic: no Vue, no browser globals; clock and randomness come in as parameters.
// Which folder may import which is .dependency-cruiser.cjs's part (npm run lint runs both).
const PURE_LOGIC = ['src/domain/**/*.ts', 'src/lib/**/*.ts', 'src/content/**/*.ts', 'src/questions/**/*.ts', 'src/engine/**/*.ts', 'src/classroom/**/*.ts']
const BROWSER_FREE = 'Pass what you need in; logic modules stay browser-free.'
const PERSISTENCE = 'Persistence lives in src/storage.'
const NO_TIMERS = 'Logic modules run no timers: the caller decides when work happens.'
/** Browser globals a logic module must not touch, by name or through globalThis. */
const BANNED_GLOBALS = [
  ...['window', 'document', 'navigator', 'location'].map((name) => ({ name, message: BROWSER_FREE })),
  ...['localStorage', 'sessionStorage', 'indexedDB', 'caches'].map((name) => ({ name, message: PERSISTENCE })),
  ...['setTimeout', 'setInterval', 'requestIdleCallback', 'requestAnimationFrame'].map((name) => ({ name, message: NO_TIMERS })),
]

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**', 'bench/results.json', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      globals: { ...globals.browser, __APP_VERSION__: 'readonly' },
    },
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['scripts/**', '*.config.ts', '*.config.js', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: PURE_LOGIC,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vue', 'pinia', 'vue-router'],
          // Static imports only: a question type's answer component is loaded with import() (see .dependency-cruiser.cjs).
          patterns: [{ group: ['*.vue'], message: 'Plain-TS logic modules must not import components.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MetaProperty'][property.name='env']",
          message: 'Logic modules do not depend on the build (import.meta.env): pass what differs in.',
        },
      ],
      'no-restricted-globals': ['error', ...BANNED_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take `now` as a parameter.' },
        { object: 'Math', property: 'random', message: 'Take a seeded RNG as a parameter.' },
        ...BANNED_GLOBALS.map(({ name, message }) => ({ object: 'globalThis', property: name, message })),
      ],
    },
  },
  {
    // A composable file exports `useX` functions only: plain helpers live in src/support (VitePress's split).
    files: ['src/composables/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportNamedDeclaration > VariableDeclaration', message: 'src/composables exports useX functions only: move this to src/support.' },
        { selector: 'ExportNamedDeclaration > FunctionDeclaration[id.name!=/^use[A-Z]/]', message: 'src/composables exports useX functions only: move this to src/support.' },
        { selector: 'ExportNamedDeclaration > ClassDeclaration', message: 'src/composables exports useX functions only: move this to src/support.' },
      ],
    },
  },
)
