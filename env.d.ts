/// <reference types="vite/client" />

declare const __APP_VERSION__: string

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare module 'virtual:close-read/true-false-facts' {
  import type { PackedTrueFalseFacts } from './src/questions/generators/trueFalseCodec'
  const packed: PackedTrueFalseFacts
  export default packed
}
