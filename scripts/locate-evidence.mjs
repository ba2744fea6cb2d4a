#!/usr/bin/env node
// Fixes evidence offsets in a knowledge.json after hand edits, so no one counts characters.
//
// Usage:
//   node scripts/locate-evidence.mjs [dir]            report spans whose offsets do not match
//   node scripts/locate-evidence.mjs [dir] --write    also rewrite them in place
//   node scripts/locate-evidence.mjs [dir] --find <paragraph> "<text>"
//                                                     print a ready-to-paste span for text
// dir defaults to content/articles/nagorno-karabakh-exodus-2023. A span is any object with
// paragraph, start, end and text; to add one, write the text with start 0 and end 0 and run --write.
// A moved span is re-pointed to the occurrence in its paragraph nearest its old start. The
// validator (src/content/validate.ts) remains the proof; this tool only does the arithmetic.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** JSON with short objects and arrays (evidence spans, key terms, id lists) kept on one line. */
export function formatKnowledge(value) {
  return `${formatValue(value, '', 0)}\n`
}

function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, child]) => `${JSON.stringify(key)}: ${inline(child)}`)
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`
  }
  return JSON.stringify(value)
}

function formatValue(value, indent, prefixLength) {
  const flat = inline(value)
  if (value === null || typeof value !== 'object' || isSpan(value) || indent.length + prefixLength + flat.length <= 110) return flat
  const inner = `${indent}  `
  if (Array.isArray(value)) return `[\n${value.map((child) => inner + formatValue(child, inner, 0)).join(',\n')}\n${indent}]`
  const lines = Object.entries(value).map(([key, child]) => {
    const prefix = `${JSON.stringify(key)}: `
    return inner + prefix + formatValue(child, inner, prefix.length)
  })
  return `{\n${lines.join(',\n')}\n${indent}}`
}

/** An evidence span: always one line, so each reads as paragraph, offsets and the quoted text. */
function isSpan(node) {
  return ['paragraph', 'start', 'end', 'text'].every((k) => k in node) && typeof node.text === 'string'
}

function occurrences(haystack, needle) {
  const found = []
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i)
  return found
}

function main(args) {
  const write = args.includes('--write')
  const findAt = args.indexOf('--find')
  const positional = args.filter((a, i) => !a.startsWith('--') && (findAt === -1 || i < findAt))
  const dir = resolve(positional[0] ?? 'content/articles/nagorno-karabakh-exodus-2023')
  const paragraphs = readFileSync(resolve(dir, 'article.txt'), 'utf8').replace(/\r\n/g, '\n').split('\n')
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] === '') paragraphs.pop()

  if (findAt !== -1) {
    const paragraph = Number(args[findAt + 1])
    const text = args[findAt + 2] ?? ''
    const hits = occurrences(paragraphs[paragraph - 1] ?? '', text)
    if (hits.length === 0) {
      console.error(`“${text}” is not in paragraph ${paragraph}`)
      return 1
    }
    for (const start of hits) console.log(JSON.stringify({ paragraph, start, end: start + text.length, text }))
    return 0
  }

  const knowledgePath = resolve(dir, 'knowledge.json')
  const data = JSON.parse(readFileSync(knowledgePath, 'utf8'))
  let fixed = 0
  let broken = 0

  const visit = (node, path) => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${path}[${i}]`))
    if (node === null || typeof node !== 'object') return
    if (!isSpan(node)) {
      for (const [key, child] of Object.entries(node)) visit(child, path ? `${path}.${key}` : key)
      return
    }
    const para = paragraphs[node.paragraph - 1]
    if (para !== undefined && para.slice(node.start, node.end) === node.text) return
    const hits = para === undefined ? [] : occurrences(para, node.text)
    if (hits.length === 0) {
      broken++
      console.log(`${path}: “${node.text}” is not in paragraph ${node.paragraph}`)
      return
    }
    const start = hits.reduce((best, at) => (Math.abs(at - node.start) < Math.abs(best - node.start) ? at : best))
    const note = hits.length > 1 ? ` (nearest of ${hits.length})` : ''
    console.log(`${path}: ${node.start}–${node.end} -> ${start}–${start + node.text.length}${note}`)
    node.start = start
    node.end = start + node.text.length
    fixed++
  }

  visit(data, '')
  if (write && fixed > 0) writeFileSync(knowledgePath, formatKnowledge(data))
  console.log(`${fixed} span(s) ${write ? 'fixed' : 'to fix (run with --write)'}, ${broken} not found`)
  return broken > 0 ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2))
}
