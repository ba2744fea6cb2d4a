import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config'

// `npm run generate-pwa-assets` turns the one SVG logo (public/favicon.svg) into the manifest icons, the maskable icon,
// the apple-touch-icon and favicon.ico in public/ (the PNGs are committed).
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1f4e79' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1f4e79' } },
  },
  images: ['public/favicon.svg'],
})
