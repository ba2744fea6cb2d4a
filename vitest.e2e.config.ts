import { defineConfig } from 'vitest/config'

// Browser specs against the built app (dist/), one file at a time: each launches its own Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.{spec,test}.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
