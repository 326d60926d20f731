import { basename, dirname } from 'node:path'
import type { ActionContext } from '../runtime/context.js'
import { errorMessage } from '../runtime/errors.js'

/** Uploads the console log as a workflow artifact where the artifact service exists; a notice otherwise. */
export async function uploadConsoleLog(context: ActionContext, path: string): Promise<void> {
  if (!context.env.ACTIONS_RUNTIME_TOKEN || !context.env.ACTIONS_RESULTS_URL) {
    context.logger.notice(`The console log is at ${path} (no artifact service here to upload it to)`)
    return
  }
  try {
    // Loaded only on failure: the artifact client is large and most boots pass.
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const name = `console-${context.env.GITHUB_JOB ?? 'boot'}-${basename(dirname(path))}`
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, [path], dirname(path), { retentionDays: 7 })
    context.logger.info(`Uploaded the console log as artifact ${name} (id ${id})`)
  } catch (error) {
    context.logger.warning(`Could not upload the console log: ${errorMessage(error)}`)
  }
}
