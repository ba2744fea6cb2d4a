import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const DIST = resolve(ROOT, 'dist')
export const ARTICLE_FILE = resolve(ROOT, 'content/articles/nagorno-karabakh-exodus-2023/article.txt')
export const SCREENSHOT_FILE = resolve(ROOT, 'docs/screenshot-phone.png')
