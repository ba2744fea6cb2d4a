import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ResolvedConfig } from 'vite'
import { validateContent } from '../../scripts/validate-content-plugin'
import { miniPack } from './rules/miniPack'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Runs the plugin's build start on an article folder; resolves to the build error, if any. */
function buildStartError(paragraphs: readonly string[], knowledge: unknown): string | undefined {
  const root = mkdtempSync(join(tmpdir(), 'close-read-content-'))
  dirs.push(root)
  writeFileSync(join(root, 'article.txt'), `${paragraphs.join('\n')}\n`)
  writeFileSync(join(root, 'knowledge.json'), JSON.stringify(knowledge))
  const plugin = validateContent({ articleDir: '.' })
  ;(plugin.configResolved as (config: ResolvedConfig) => void)({ root, command: 'build' } as ResolvedConfig)
  const context = {
    addWatchFile: () => {},
    error: (message: string): never => {
      throw new Error(message)
    },
  }
  try {
    ;(plugin.buildStart as unknown as (this: typeof context) => void).call(context)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

describe('the build plugin', () => {
  it('lets a knowledge base that passes every rule through', () => {
    const { knowledge, paragraphs } = miniPack()
    expect(buildStartError(paragraphs, knowledge)).toBeUndefined()
  })

  it('fails the build with every problem and the id of its rule', () => {
    const { knowledge, paragraphs } = miniPack()
    knowledge.facts[0]!.evidence[0]!.start += 1
    knowledge.capitalizedNonNames.push('Tuesday')
    const error = buildStartError(paragraphs, knowledge)
    expect(error).toMatch(/knowledge\.json does not match its article \(2 problems\):/)
    expect(error).toContain('\n  - [span-is-verbatim] facts[0].evidence[0]: text not found in paragraph 1')
    expect(error).toContain("\n  - [non-names-occur] capitalizedNonNames[5]: “Tuesday” never occurs outside an entity's name")
  })
})
