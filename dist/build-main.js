import { runAction } from './index.js'
await runAction('build', 'main')
