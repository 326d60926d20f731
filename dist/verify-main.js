import { runAction } from './index.js'
await runAction('verify', 'main')
