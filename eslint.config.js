import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import tseslint from 'typescript-eslint'

// VMMs and toolchains are described by capabilities: outside the files that implement or list them, no
// code compares a name. A new VMM is one driver file plus one line in src/vmm/drivers.ts.
const NAMES = 'qemu|solo5-spt|solo5-hvt|firecracker|uhyve|unikraft|solo5|nanos|mirage|hermit'
const message = 'compare a VMM or toolchain by its capabilities (src/vmm/types.ts VmmDriver, src/toolchains/types.ts), not by name'
const nameChecks = [
  { selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(${NAMES})$/]`, message },
  { selector: `BinaryExpression[operator=/^[!=]==?$/]:has(> MemberExpression[property.name=/^(name|vmm|toolchain)$/]) > Literal[value='custom']`, message },
  { selector: `BinaryExpression[operator=/^[!=]==?$/]:has(> Identifier[name=/^(name|vmm|toolchain)$/]) > Literal[value='custom']`, message },
  { selector: `SwitchCase > Literal.test[value=/^(${NAMES}|custom)$/]`, message },
  { selector: `CallExpression[callee.property.name=/^(startsWith|endsWith)$/] > Literal.arguments[value=/^(${NAMES})/]`, message }
]
// The driver, toolchain and setup-tool files, and the tables that list them.
const NAME_OWNERS = [
  'src/vmm/{drivers,qemu,solo5,firecracker,uhyve}.ts',
  'src/toolchains/{catalog,custom,hermit,mirage,nanos,solo5,unikraft}.ts',
  'src/tools/{catalog,kraft,ops,solo5,firecracker,uhyve,qemu}.ts'
]

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
  },
  { files: ['src/**/*.ts'], ignores: NAME_OWNERS, rules: { 'no-restricted-syntax': ['error', ...nameChecks] } }
)
