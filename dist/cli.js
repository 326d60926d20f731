#!/usr/bin/env node
import { enableCompileCache } from 'node:module'
enableCompileCache?.()
const { runCli } = await import('./index.js')
process.exitCode = await runCli(process.argv.slice(2))
