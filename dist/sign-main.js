import { runAction } from './index.js'
await runAction('sign', 'main')
