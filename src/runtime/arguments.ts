import { inputError } from './errors.js'

/**
 * Splits one line of an argument-list input into argv words: whitespace separates, double or single
 * quotes keep spaces. No shell is involved, so nothing else is special.
 */
export function splitArguments(input: string, line: string): string[] {
  const words: string[] = []
  let current = ''
  let quote: string | undefined
  let inWord = false
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = undefined
      else current += char
    } else if (char === '"' || char === "'") {
      quote = char
      inWord = true
    } else if (/\s/.test(char)) {
      if (inWord) words.push(current)
      current = ''
      inWord = false
    } else {
      current += char
      inWord = true
    }
  }
  if (quote) throw inputError(input, `unbalanced ${quote} in \`${line}\``)
  if (inWord) words.push(current)
  return words
}
