/**
 * `@actions/core` writes its `::debug::` workflow commands to stdout wherever it runs; a runner hides
 * them unless debug logging is on, and so does the test log (RUNNER_DEBUG=1 shows them), so that the
 * suite's output is the tests' own. Only whole writes of debug lines are dropped: every other write,
 * and every spy a test installs over `write`, sees what it always saw.
 */
const QUIET = Symbol.for('unikernel-actions.quiet-library-debug')
const stdout = process.stdout as NodeJS.WriteStream & { [QUIET]?: true }
if (process.env.RUNNER_DEBUG !== '1' && !stdout[QUIET]) {
  stdout[QUIET] = true
  const write = stdout.write.bind(stdout) as (...args: unknown[]) => boolean
  stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && /^(::debug::[^\n]*\r?\n)+$/.test(chunk)) return true
    return write(chunk, ...rest)
  }) as typeof stdout.write
}
