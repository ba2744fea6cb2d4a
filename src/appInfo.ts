// Shared by the web app manifest (vite.config.ts) and the UI, so they never disagree.
export const APP_NAME = 'Close Read'
export const APP_SHORT_NAME = 'Close Read'
export const APP_DESCRIPTION =
  'Study one article closely: its facts, who said what, and what its author argues. Works offline.'
export const THEME_COLOR = '#1f4e79'
export const BACKGROUND_COLOR = '#ffffff'
