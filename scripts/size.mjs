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

/** Budgets in gzip bytes, with room to grow (issue 25): new exercise types load with the exercise, not with Study. */
export const BUDGETS = {
  home: 48 * KB,
  studyAndFirstQuestion: 48 * KB,
  precache: 400 * KB,
}

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
    // Every type's answer component (src/questions/types/<type>/*Answer.vue), found in the manifest.
    heaviestOf: 'answer components',
  },
  { name: 'Results', entries: ['src/views/ResultsView.vue'], after: 'First question' },
  // Not in Study's budget: only a first visit (or a new version) builds the bank, with the generators and the knowledge base.
  { name: 'Bank build', entries: ['src/questions/bank.ts', 'chunk:knowledge'], after: 'Study' },
  { name: 'Article', entries: ['src/views/ArticleView.vue'] },
  { name: 'Progress', entries: ['src/views/ProgressView.vue', 'src/storage/loadBank.ts'] },
  { name: 'Classroom', entries: ['src/views/ClassroomView.vue'] },
  { name: 'About', entries: ['src/views/AboutView.vue'] },
]

function sizes(file) {
  const bytes = readFileSync(join(DIST, file))
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

/** Manifest keys an entry needs: itself and its static imports, recursively. A page's entry that is not there (a moved file) fails loudly. */
function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key]
  if (!entry) throw new Error(`${key} is not in dist/.vite/manifest.json: update PAGES in scripts/size.mjs`)
  if (seen.has(key)) return seen
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
    // 'chunk:<name>' names a chunk of vite.config.ts's groups (its modules have no entry of their own).
    const keysOf = (entry) => (entry.startsWith('chunk:') ? Object.keys(manifest).filter((key) => key.startsWith(`_${entry.slice(6)}-`)) : [entry])
    for (const entry of page.entries) for (const key of keysOf(entry)) closure(manifest, key, keys)
    if (page.heaviestOf) {
      const gzipOf = (set) => [...filesOf(manifest, [...set].filter((key) => !keys.has(key)))].reduce((sum, file) => sum + sizes(file).gzip, 0)
      const entries = page.heaviestOf === 'answer components' ? Object.keys(manifest).filter((key) => /^src\/questions\/types\/.+Answer\.vue$/.test(key)) : page.heaviestOf
      const options = entries.map((entry) => closure(manifest, entry, new Set(keys)))
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
    { budget: 'Study and a first question, beyond Home', gzip: study.js.gzip + question.js.gzip, limit: BUDGETS.studyAndFirstQuestion },
    { budget: 'Whole precache', gzip: precache.gzip, limit: BUDGETS.precache },
  ].map((check) => ({ ...check, ok: check.gzip <= check.limit }))
  return { pages, html, precache, checks }
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`

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
      console.log(`${check.ok ? 'ok  ' : 'OVER'}  ${check.budget}: ${kb(check.gzip)} gzip (budget ${kb(check.limit)})`)
    }
  }
  if (result.checks.some((check) => !check.ok)) process.exitCode = 1
}
