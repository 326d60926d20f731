import { runAction } from './index.js'
await runAction('boot', 'post')
