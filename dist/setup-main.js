import { enableCompileCache } from 'node:module'
enableCompileCache?.()
const { runAction } = await import('./index.js')
await runAction('setup', 'main')
