import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@stylistic': stylistic },
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Prettier wraps code at 160 columns but leaves long strings, templates and comments alone.
      // Exempt: URLs, and a line that is nothing but a regex literal (a whole expected message, which
      // would only get harder to read as a RegExp built from strings).
      '@stylistic/max-len': ['error', { code: 160, ignoreUrls: true, ignorePattern: String.raw`^\s*/[^*/].*/[dgimsuvy]*[,;)]*$` }]
    }
  }
)
