import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withoutPlace } from '../../../../src/questions/types/matching/placeEvents'

/** What withoutPlace did with regular expressions (one per form and call): the reference. */
function withoutPlaceByRegExp(summary: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  for (const pattern of [` in the [^,]+, ${escaped}`, ` in ${escaped}`, ` of ${escaped}`, `, ${escaped}`]) {
    const re = new RegExp(`${pattern}(?![\\p{L}\\p{N}])`, 'u')
    if (re.test(summary)) return summary.replace(re, '')
  }
  return undefined
}

describe('withoutPlace', () => {
  it('takes out the place in each of its forms', () => {
    expect(withoutPlace('A fuel depot exploded in Stepanakert on Monday.', 'Stepanakert')).toBe('A fuel depot exploded on Monday.')
    expect(withoutPlace('Refugees arrived in the Armenian capital, Yerevan.', 'Yerevan')).toBe('Refugees arrived.')
    expect(withoutPlace('The mayor of Shosh spoke.', 'Shosh')).toBe('The mayor spoke.')
    expect(withoutPlace('Shelling hit villages, Kochogot among them.', 'Kochogot')).toBe('Shelling hit villages among them.')
    // Only where the name ends a word; and no form at all gives undefined.
    expect(withoutPlace('Troops in Stepanakertsi were seen in Stepanakert.', 'Stepanakert')).toBe('Troops in Stepanakertsi were seen.')
    expect(withoutPlace('Nothing about the town.', 'Stepanakert')).toBeUndefined()
  })

  it('gives what the regular expressions gave, for any summary and name', () => {
    const piece = fc.constantFrom(' in the ', ' in ', ' of ', ', ', ',', ' ', 'the ', 'Shosh', 'Yerevan', 'Lachin corridor', 'é', 'ü', '7', '.', '(', ')', '$', '\\', 'x')
    const name = fc.constantFrom('Shosh', 'Yerevan', 'Lachin corridor', 'St. (x)', 'a$b', 'Yerevan7')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), name, (pieces, place) => {
        const summary = pieces.join('')
        expect(withoutPlace(summary, place)).toBe(withoutPlaceByRegExp(summary, place))
      }),
      { numRuns: 20_000 },
    )
  })
})
