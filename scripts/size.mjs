// `npm run size`: the bytes each page needs (raw and gzip), from dist/ (built first if missing),
// and the service worker's precache total. Fails when a budget is exceeded. Bytes are
// deterministic, so CI can gate on them. `--json` prints the figures as JSON instead.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const KB = 1024

/** Budgets in gzip bytes (issue: fast on a cheap phone). */
export const BUDGETS = {
  home: 45 * KB,
  studyAndFirstQuestion: 40 * KB,
  precache: 400 * KB,
}

/**
 * Study and a first question meet their 40 KB (39.86 KB): the ceiling that kept the figure from
 * growing (39.7 KB) had to give way to Study's opening line, building the bank in steps, the player
 * showing matching and ordering questions whole, keeping the bank between visits and shipping the
 * true/false facts worked out (227 bytes for a first build about 4 ms shorter); it is the budget itself. The Article pages' own way to the quiz store (src/stores/quizForArticle.ts) took
 * a runtime helper chunk off Study's path (477 bytes). Lower it when the figure drops.
 */
export const STUDY_CEILING = 40 * KB

/**
 * Each page: the route component(s) it loads; extra dynamic imports it makes before it can be used;
 * `heaviestOf`: components only some uses of the page load, of which the heaviest counts.
 */
const PAGES = [
  { name: 'Home', entries: [] },
  { name: 'Study', entries: ['src/views/StudyView.vue', 'src/storage/loadBank.ts'] },
  // The first question may be of any type: each type's answer component loads with it (the heaviest counts).
  {
    name: 'First question',
    entries: ['src/views/QuizView.vue'],
    after: 'Study',
    heaviestOf: [
      'src/questions/types/shared/ChoiceQuestionAnswer.vue',
      'src/questions/types/multi_select/MultiSelectAnswer.vue',
      'src/questions/types/numeric/NumberAnswer.vue',
      'src/questions/types/cloze/GapAnswer.vue',
      'src/questions/types/matching/MatchingQuestionAnswer.vue',
      'src/questions/types/ordering/OrderingQuestionAnswer.vue',
    ],
  },
  { name: 'Results', entries: ['src/views/ResultsView.vue'], after: 'First question' },
  { name: 'Article', entries: ['src/views/ArticleView.vue'] },
  { name: 'Progress', entries: ['src/views/ProgressView.vue', 'src/storage/loadBank.ts'] },
  { name: 'Classroom', entries: ['src/views/ClassroomView.vue'] },
  { name: 'About', entries: ['src/views/AboutView.vue'] },
]

function sizes(file) {
  const bytes = readFileSync(join(DIST, file))
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

/** Files a manifest entry needs: itself, its static imports (recursively) and their CSS. */
function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key]
  if (!entry || seen.has(key)) return seen
  seen.add(key)
  for (const imported of entry.imports ?? []) closure(manifest, imported, seen)
  return seen
}

function filesOf(manifest, keys) {
  const files = new Set()
  for (const key of keys) {
    const entry = manifest[key]
    files.add(entry.file)
    for (const css of entry.css ?? []) files.add(css)
  }
  return files
}

export function measure() {
  if (!existsSync(join(DIST, '.vite/manifest.json'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' })
  }
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'))
  const homeKeys = closure(manifest, 'index.html')
  const loaded = new Map([['Home', homeKeys]])
  const pages = []
  for (const page of PAGES) {
    const before = loaded.get(page.after ?? 'Home') ?? homeKeys
    let keys = new Set(before)
    for (const entry of page.entries) closure(manifest, entry, keys)
    if (page.heaviestOf) {
      const gzipOf = (set) => [...filesOf(manifest, [...set].filter((key) => !keys.has(key)))].reduce((sum, file) => sum + sizes(file).gzip, 0)
      const options = page.heaviestOf.map((entry) => closure(manifest, entry, new Set(keys)))
      keys = options.reduce((heaviest, option) => (gzipOf(option) > gzipOf(heaviest) ? option : heaviest))
    }
    loaded.set(page.name, keys)
    const own = page.name === 'Home' ? keys : new Set([...keys].filter((key) => !before.has(key)))
    const files = [...filesOf(manifest, own)]
    const total = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
    for (const file of files) {
      const kind = file.endsWith('.css') ? 'css' : 'js'
      const size = sizes(file)
      total[kind].raw += size.raw
      total[kind].gzip += size.gzip
    }
    pages.push({ page: page.name, extraOver: page.name === 'Home' ? null : (page.after ?? 'Home'), files, ...total })
  }
  const html = sizes('index.html')
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1])
  const precache = precached.reduce(
    (sum, file) => {
      const size = sizes(file)
      return { files: sum.files + 1, raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }
    },
    { files: 0, raw: 0, gzip: 0 },
  )
  const home = pages.find((page) => page.page === 'Home')
  const study = pages.find((page) => page.page === 'Study')
  const question = pages.find((page) => page.page === 'First question')
  const checks = [
    { budget: 'JavaScript to show Home', gzip: home.js.gzip, limit: BUDGETS.home },
    { budget: 'Study and a first question, beyond Home', gzip: study.js.gzip + question.js.gzip, limit: BUDGETS.studyAndFirstQuestion, ceiling: STUDY_CEILING },
    { budget: 'Whole precache', gzip: precache.gzip, limit: BUDGETS.precache },
  ].map((check) => ({ ...check, ok: check.gzip <= check.limit, failed: check.gzip > (check.ceiling ?? check.limit) }))
  return { pages, html, precache, checks }
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`
const kbPrecise = (bytes) => `${(bytes / KB).toFixed(2)} KB`

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = measure()
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2))
  else {
    console.log('Bytes each page needs (beyond what the page before it loaded), from dist/:\n')
    console.table(
      result.pages.map((page) => ({
        page: page.page,
        beyond: page.extraOver ?? '—',
        'JS raw': kb(page.js.raw),
        'JS gzip': kb(page.js.gzip),
        'CSS raw': kb(page.css.raw),
        'CSS gzip': kb(page.css.gzip),
      })),
    )
    console.log(`index.html (with the prerendered Home, the boot script and the entry stylesheet inline): ${kb(result.html.raw)} raw, ${kb(result.html.gzip)} gzip`)
    console.log(`Precache: ${result.precache.files} files, ${kb(result.precache.raw)} raw, ${kb(result.precache.gzip)} gzip\n`)
    for (const check of result.checks) {
      const status = check.failed ? 'OVER' : check.ok ? 'ok  ' : 'MISS'
      // A ceiling sits close to its figure: both get two decimals.
      const figure = check.ceiling ? kbPrecise : kb
      const ceiling = !check.ceiling ? '' : check.ok ? `; fails above ${kbPrecise(check.ceiling)}` : `; not met yet, fails above ${kbPrecise(check.ceiling)}`
      console.log(`${status}  ${check.budget}: ${figure(check.gzip)} gzip (budget ${kb(check.limit)}${ceiling})`)
    }
  }
  if (result.checks.some((check) => check.failed)) process.exitCode = 1
}
