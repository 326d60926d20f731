import { runAction } from './index.js'
await runAction('pipeline', 'post')
