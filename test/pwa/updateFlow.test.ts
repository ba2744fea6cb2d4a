import { describe, expect, it, vi } from 'vitest'
import { createUpdateFlow } from '../../src/pwa/updateFlow'

function flow() {
  const actions = { activate: vi.fn(), reload: vi.fn(), prompt: vi.fn() }
  return { actions, flow: createUpdateFlow(actions) }
}

describe('a new version in several tabs (issue 31, bug 8)', () => {
  it('the tab whose learner accepted activates the new version, then reloads once when it takes control', () => {
    const { actions, flow: tab } = flow()
    tab.accept()
    expect(actions.activate).toHaveBeenCalledTimes(1)
    expect(actions.reload).not.toHaveBeenCalled()
    tab.controllerChanged()
    tab.controllerChanged()
    expect(actions.reload).toHaveBeenCalledTimes(1)
  })

  it('a tab that did not ask is not reloaded: it prompts, and reloads only when its learner says so', () => {
    const { actions, flow: other } = flow()
    other.controllerChanged()
    expect(actions.reload).not.toHaveBeenCalled()
    expect(actions.prompt).toHaveBeenCalledWith(true)
    other.accept()
    // Nothing is waiting any more: the new version already runs, so only the reload is left.
    expect(actions.activate).not.toHaveBeenCalled()
    expect(actions.reload).toHaveBeenCalledTimes(1)
  })
})
