import { applyCachedAppearance } from './boot/boot'
import { startApp } from './boot/start'
import './styles/main.css'

// The built app has applied it already from a blocking script in <head>; the dev server has not.
if (import.meta.env.DEV) applyCachedAppearance()

// Not a top-level await: that would make the bundler split Home's modules into more chunks.
void startApp()
