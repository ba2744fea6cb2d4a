// What a tab does about a new version of the app, apart from Vue so it can be tested as it is.
//
// Every open tab sees the new service worker waiting and shows its own prompt. Pressing "Reload" in
// one tab activates it, and it then takes control of every tab at once. Only the tab whose learner
// pressed "Reload" reloads: any other tab may hold a typed answer not yet checked, so it keeps its
// page and says the new version is now running, and reloads when its own learner says so.

export interface UpdateActions {
  /** Ask the waiting service worker to take over (skipWaiting). */
  activate(): void
  /** Reload this page (called at most once). */
  reload(): void
  /** Show this tab's prompt: the new version is waiting, or already running since another tab accepted it. */
  prompt(activatedElsewhere: boolean): void
}

export interface UpdateFlow {
  /** This tab's learner pressed "Reload". */
  accept(): void
  /** The new service worker took control of this tab (whichever tab accepted it). */
  controllerChanged(): void
}

export function createUpdateFlow(actions: UpdateActions): UpdateFlow {
  let askedHere = false
  let activated = false
  let reloaded = false
  const reloadOnce = () => {
    if (reloaded) return
    reloaded = true
    actions.reload()
  }
  return {
    accept() {
      askedHere = true
      // Already running (accepted in another tab): nothing is waiting any more, so only reload.
      if (activated) reloadOnce()
      else actions.activate()
    },
    controllerChanged() {
      activated = true
      if (askedHere) reloadOnce()
      else actions.prompt(true)
    },
  }
}
