import { parseTags } from '../build/options.js'
import { resolveTags } from '../build/source.js'
import { parseFlavor } from '../build/tag-rules.js'
import type { Inputs } from '../runtime/inputs.js'
import type { Logger } from '../runtime/logger.js'

/**
 * The `tags` input as `build` reads it (plain names or docker/metadata-action rules, one per line, with
 * `flavor`), resolved against the run's git ref; undefined when `tags` is not given. Imported only then:
 * the rule engine stays out of every other publish's start-up.
 */
export async function publishTags(inputs: Inputs, env: NodeJS.ProcessEnv, onGitHub: boolean, logger: Logger): Promise<string[] | undefined> {
  const lines = inputs.list('tags', { newlineOnly: true })
  if (lines.length === 0) return undefined
  const spec = parseTags('tags', lines, parseFlavor('flavor', inputs.list('flavor', { newlineOnly: true })))
  return (await resolveTags(spec, env, onGitHub, process.cwd(), logger)).tags
}
