import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

// Folders of plain-TS logic: no Vue, no browser globals; clock and randomness come in as parameters.
const PURE_LOGIC = ['src/content/**/*.ts', 'src/questions/**/*.ts', 'src/engine/**/*.ts', 'src/classroom/**/*.ts']

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
          patterns: [{ group: ['*.vue'], message: 'Plain-TS logic modules must not import components.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'Pass what you need in; logic modules stay browser-free.' },
        { name: 'document', message: 'Pass what you need in; logic modules stay browser-free.' },
        { name: 'localStorage', message: 'Persistence lives in src/storage.' },
        { name: 'navigator', message: 'Pass what you need in; logic modules stay browser-free.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take `now` as a parameter.' },
        { object: 'Math', property: 'random', message: 'Take a seeded RNG as a parameter.' },
      ],
    },
  },
)
