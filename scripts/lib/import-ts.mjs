// Lets a plain Node script import the project's TypeScript sources (`src/…/x.ts`, whose imports name
// `.js` files): relative `.js` specifiers resolve to the `.ts` file beside them, and `.ts` files are
// transpiled on load with TypeScript's own transpiler (types stripped, nothing checked). Used by the
// docs generator to read the registries it renders, so the docs cannot drift from the code.
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL)
      if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true }
    }
    return nextResolve(specifier, context)
  },
  load(url, context, nextLoad) {
    if (!url.endsWith('.ts')) return nextLoad(url, context)
    const { source } = nextLoad(url, { ...context, format: 'module' })
    const output = ts.transpileModule(String(source), {
      fileName: fileURLToPath(url),
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: false }
    })
    return { format: 'module', source: output.outputText, shortCircuit: true }
  }
})
