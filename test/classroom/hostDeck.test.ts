import { describe, expect, it } from 'vitest'
import { fitScale, HOST_START, hostActionForKey, stepHost, type HostPosition } from '../../src/classroom/hostDeck'

describe('host mode steps', () => {
  it('shows, reveals and moves on through every question to the summary, and stays there', () => {
    let position: HostPosition = HOST_START
    const seen: string[] = []
    for (let i = 0; i < 7; i++) {
      seen.push(`${position.index}${position.revealed ? 'r' : ''}`)
      position = stepHost(position, 'forward', 3)
    }
    expect(seen).toEqual(['0', '0r', '1', '1r', '2', '2r', '3'])
    expect(stepHost(position, 'forward', 3)).toEqual({ index: 3, revealed: false })
  })

  it('goes back one step at a time, never before the first question', () => {
    expect(stepHost({ index: 3, revealed: false }, 'back', 3)).toEqual({ index: 2, revealed: true })
    expect(stepHost({ index: 2, revealed: true }, 'back', 3)).toEqual({ index: 2, revealed: false })
    expect(stepHost({ index: 2, revealed: false }, 'back', 3)).toEqual({ index: 1, revealed: true })
    expect(stepHost(HOST_START, 'back', 3)).toEqual(HOST_START)
  })

  it('maps keyboard and presenter-remote keys', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(hostActionForKey)).toEqual(['forward', 'forward', 'forward'])
    expect(['ArrowLeft', 'PageUp'].map(hostActionForKey)).toEqual(['back', 'back'])
    expect(hostActionForKey('a')).toBeUndefined()
  })

  it('goes on from the summary to the results slide, and back', () => {
    expect(stepHost({ index: 3, revealed: false }, 'forward', 3, 1)).toEqual({ index: 4, revealed: false })
    expect(stepHost({ index: 4, revealed: false }, 'forward', 3, 1)).toEqual({ index: 4, revealed: false })
    expect(stepHost({ index: 4, revealed: false }, 'back', 3, 1)).toEqual({ index: 3, revealed: false })
    expect(stepHost({ index: 3, revealed: false }, 'forward', 3, 0)).toEqual({ index: 3, revealed: false })
  })

  it('finds the largest type scale at which a slide fits', () => {
    expect(fitScale(() => false)).toBe(1)
    expect(fitScale((scale) => scale > 0.72)).toBe(0.7)
    expect(fitScale(() => true)).toBe(0.4)
  })
})
