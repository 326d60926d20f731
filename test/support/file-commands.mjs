/**
 * The runner's file-command format, as GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV hold it, read back
 * the way the runner reads it: `name=value` lines, and `name<<DELIMITER` heredocs whose value is every
 * line up to the delimiter alone on its line. Whichever of `=` and `<<` comes first decides the form;
 * empty lines are skipped; a heredoc that never closes, or a line of neither form, is an error (the
 * runner fails the step for both). A name given twice keeps its last value.
 *
 * Plain JavaScript with its types beside it (file-commands.d.mts): the tests import it through
 * ts-jest, the benchmarks with plain Node.
 */
export function parseFileCommands(text) {
  const values = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (equals > 0 && (heredoc < 0 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1)
    } else if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const delimiter = line.slice(heredoc + 2)
      const end = delimiter === '' ? -1 : lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`file command \`${line}\` (line ${i + 1}): no line \`${delimiter}\` closes it`)
      values[line.slice(0, heredoc)] = lines.slice(i + 1, end).join('\n')
      i = end
    } else {
      throw new Error(`file command line ${i + 1} is neither NAME=VALUE nor NAME<<DELIMITER: \`${line}\``)
    }
  }
  return values
}
