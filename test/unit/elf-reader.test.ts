import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseElf, PT_LOAD, PT_NOTE } from '../../src/kernel/elf.js'
import { fixturePath, requireTool, type FixtureName } from '../support/fixtures.js'

// Our ELF reader (docs/adr/0002-elf-reader.md) against binutils' readelf, an independent reader, on the
// fixture kernels the boot tests build from source and on a system binary (64-bit, PIE, with notes
// both in segments and in sections).

const MACHINES: Record<string, number> = { 'Intel 80386': 3, 'Advanced Micro Devices X86-64': 62, AArch64: 183 }

interface ReadelfView {
  class: number
  machine: number
  entry: number
  segments: { load: string; offset: number; vaddr: number; filesz: number; memsz: number }[]
  sections: string[]
  notes: { owner: string; size: number }[]
}

function readelf(file: string): ReadelfView {
  const run = (flag: string): string[] => execFileSync(requireTool('readelf'), [flag, '--wide', file], { encoding: 'utf8' }).split('\n')
  const header = run('-h')
  const field = (name: string): string =>
    header
      .find((line) => line.trim().startsWith(`${name}:`))!
      .split(':')[1]
      .trim()
  const programs = run('-l')
  const table = programs.findIndex((line) => /^\s+Type\s+Offset/.test(line))
  const segments = []
  for (const line of programs.slice(table + 1)) {
    const columns = line.trim().split(/\s+/)
    if (line.trim() === '') break
    if (line.trim().startsWith('[')) continue
    segments.push({
      load: columns[0] === 'LOAD' || columns[0] === 'NOTE' ? columns[0] : 'other',
      offset: Number(columns[1]),
      vaddr: Number(columns[2]),
      filesz: Number(columns[4]),
      memsz: Number(columns[5])
    })
  }
  // `  [Nr] Name…`: the name starts at column 7 and is followed by a space (empty for section 0).
  const sections = run('-S')
    .filter((line) => /^\s+\[\s*\d+\]/.test(line))
    .map((line) => line.slice(line.indexOf(']') + 2).split(' ')[0])
  const notes = run('-n')
    .map((line) => /^\s{2}(\S+)\s+0x([0-9a-f]+)\s/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[1] !== 'Owner')
    .map((match) => ({ owner: match[1], size: parseInt(match[2], 16) }))
  return {
    class: field('Class') === 'ELF64' ? 64 : 32,
    machine: MACHINES[field('Machine')],
    entry: Number(field('Entry point address')),
    segments,
    sections,
    notes
  }
}

function ours(file: string): ReadelfView {
  const elf = parseElf(readFileSync(file))
  return {
    class: elf.class,
    machine: elf.machine,
    entry: elf.entry,
    segments: elf.segments.map((s) => ({
      load: s.type === PT_LOAD ? 'LOAD' : s.type === PT_NOTE ? 'NOTE' : 'other',
      offset: s.offset,
      vaddr: s.vaddr,
      filesz: s.filesz,
      memsz: s.memsz
    })),
    sections: elf.sections,
    notes: elf.notes.map((note) => ({ owner: note.name, size: note.desc.length }))
  }
}

const byOwnerAndSize = (a: { owner: string; size: number }, b: { owner: string; size: number }): number => a.owner.localeCompare(b.owner) || a.size - b.size

describe('parseElf reads what readelf reads', () => {
  test.each<FixtureName>(['hello', 'hello64', 'unikraft-like', 'solo5-like', 'hermit-like', 'pvh'])('the %s fixture kernel', async (name) => {
    const file = await fixturePath(name)
    const theirs = readelf(file)
    const mine = ours(file)
    expect({ ...mine, notes: [...mine.notes].sort(byOwnerAndSize) }).toEqual({ ...theirs, notes: [...theirs.notes].sort(byOwnerAndSize) })
  })

  test('a system binary: 64-bit, notes in segments that also hold several note sections, each note once', () => {
    const theirs = readelf('/bin/true')
    const mine = ours('/bin/true')
    expect(theirs.notes.length).toBeGreaterThan(1)
    expect({ ...mine, notes: [...mine.notes].sort(byOwnerAndSize) }).toEqual({ ...theirs, notes: [...theirs.notes].sort(byOwnerAndSize) })
  })
})
