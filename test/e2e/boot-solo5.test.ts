import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { bootWith, type BootRun } from '../support/boot.js'
import { REPO_ROOT } from '../support/fixtures.js'
import { loadSolo5, type Solo5Target, type Solo5Test } from '../support/solo5.js'
import { TempDirs } from '../support/temp-dirs.js'

/**
 * Solo5's own test unikernels (v0.12.1, built from the corpus tarball) booted by `boot` in the real
 * tenders that `setup` installed — solo5-spt always, solo5-hvt where KVM runs a vCPU — and as virtio
 * kernels under QEMU. The kernel's ABI note picks the VMM (`vmm: auto`) and its manifest the devices.
 */
const solo5 = await loadSolo5()
const kit = solo5.kit
const skipped = (reason: string | undefined) => (reason ? ` (skipped: ${reason})` : '')
const describeSolo5 = kit ? describe : describe.skip
const hvtSkip = solo5.skip ?? kit?.hvtUnavailable
const TARGETS: { target: Solo5Target; skip?: string }[] = [
  { target: 'virtio', skip: solo5.skip },
  { target: 'spt', skip: solo5.skip },
  { target: 'hvt', skip: hvtSkip }
]
/** `test.each` over the targets that can run here; the others are reported as skipped, with why. */
const eachTarget = (name: string, body: (target: Solo5Target) => Promise<void>) => {
  for (const { target, skip } of TARGETS) (skip ? test.skip : test)(`${name} — ${target}${skipped(skip)}`, () => body(target))
}

const temps = new TempDirs()
let savedPath: string | undefined
beforeAll(() => {
  // As after `setup` in a job: the tenders are on PATH, and `vmm: auto` finds the one the kernel names.
  savedPath = process.env.PATH
  if (kit) process.env.PATH = `${kit.tenderDir}${delimiter}${process.env.PATH ?? ''}`
})
afterAll(() => {
  process.env.PATH = savedPath
  temps.removeAll()
})

const kernel = (test: Solo5Test, target: Solo5Target) => kit!.kernel(test, target)

/** 256 KiB: test_blk checks every tenth sector, and each is a VM exit under hvt, slow under nested KVM. */
function disk(dir: string, name: string, bytes = 256 * 1024): string {
  const path = join(dir, name)
  writeFileSync(path, Buffer.alloc(bytes))
  return path
}

function expectPassed(run: BootRun): void {
  expect(run.error).toBeUndefined()
  expect(run.outputs.get('result')).toBe('passed')
}

describeSolo5(`Solo5 v0.12.1 test unikernels${skipped(solo5.skip)}`, () => {
  eachTarget('test_hello passes with only its command line and SUCCESS expected', async (target) => {
    const run = await bootWith({ kernel: kernel('test_hello', target), cmdline: 'Hello_Solo5', expect: 'SUCCESS' })
    expectPassed(run)
    expect(run.logger.text('info')).toMatch(/The kernel declares no devices: none attached/)
    expect(run.summary).toContain('The kernel declares no devices; none were attached.')
    if (target !== 'virtio') expect(run.outputs.get('accel')).toBe(target === 'spt' ? 'none' : 'kvm')
  })

  eachTarget('the command line and the memory reach the guest', async (target) => {
    const run = await bootWith({ kernel: kernel('test_hello', target), cmdline: ' two  words ', memory: '64M' })
    expectPassed(run)
    // A tender joins its arguments with one space; QEMU hands the virtio binding the text as given.
    expect(readFileSync(run.outputs.get('console-log')!, 'utf8').split('\n')).toContain(
      target === 'virtio' ? "Command line is: 'two  words'" : "Command line is: 'two words'"
    )
    expect(run.outcome!.plan.args).toEqual(expect.arrayContaining(target === 'virtio' ? ['-m', '64M'] : ['--mem=64']))
  })

  eachTarget('test_hello with another command line exits 0 without SUCCESS: failed', async (target) => {
    const run = await bootWith({ kernel: kernel('test_hello', target), cmdline: 'Hello', expect: 'SUCCESS' })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error?.message).toMatch(/the guest exited \(code 0\) before expect \/SUCCESS\/ matched/)
  })

  eachTarget('test_blk reads and writes its disk, given by path or by name', async (target) => {
    const dir = temps.make('solo5-blk-')
    const positional = await bootWith({ kernel: kernel('test_blk', target), disk: disk(dir, 'a.img'), expect: 'SUCCESS' })
    expectPassed(positional)
    expect(positional.logger.text('info')).toContain(`storage (block) ← ${join(dir, 'a.img')}`)
    expect(positional.summary).toContain(`| storage | block | ${join(dir, 'a.img')} |`)
    const named = await bootWith({ kernel: kernel('test_blk', target), disk: `storage=${disk(dir, 'b.img')}`, expect: 'SUCCESS' })
    expectPassed(named)
  })

  eachTarget('a disk the manifest does not declare, or a declared disk not given, is an input error naming `disk`', async (target) => {
    const dir = temps.make('solo5-blk-')
    const undeclared = await bootWith({ kernel: kernel('test_blk', target), disk: `data=${disk(dir, 'a.img')}`, expect: 'SUCCESS' })
    expect(undeclared.error?.message).toMatch(
      /^input `disk`: `data=.*a\.img`: .*test_blk\.\w+ declares no block device `data` \(it declares block device storage\)/
    )
    const missing = await bootWith({ kernel: kernel('test_blk', target), expect: 'SUCCESS' })
    expect(missing.error?.message).toMatch(/^input `disk`: .*test_blk\.\w+ declares the block device `storage`, and no disk is given for it/)
    const extra = await bootWith({ kernel: kernel('test_hello', target), disk: disk(dir, 'b.img'), cmdline: 'Hello_Solo5' })
    expect(extra.error?.message).toMatch(/^input `disk`: .*b\.img: no block device of .*test_hello\.\w+ is left for it \(it declares no block device\)/)
  })

  for (const { target, skip } of TARGETS.filter((t) => t.target !== 'virtio')) {
    ;(skip ? test.skip : test)(`test_mft_maxdevices gets its 63 block devices by name — ${target}${skipped(skip)}`, async () => {
      const dir = temps.make('solo5-max-')
      const disks = Array.from({ length: 63 }, (_, i) => `storage${i}=${disk(dir, `d${i}.img`, 4096)}`)
      // Given in reverse: the names bind them, not the order.
      const run = await bootWith({ kernel: kernel('test_mft_maxdevices', target), disk: disks.reverse().join('\n'), expect: 'SUCCESS' })
      expectPassed(run)
      const argv = run.outcome!.plan.args
      expect(argv.filter((a) => a.startsWith('--block:'))).toEqual(Array.from({ length: 63 }, (_, i) => `--block:storage${i}=${join(dir, `d${i}.img`)}`))
    })
  }

  ;(solo5.skip ? test.skip : test)(
    `test_mft_maxdevices on virtio: more devices than QEMU has PCI slots for is an input error${skipped(solo5.skip)}`,
    async () => {
      const dir = temps.make('solo5-max-')
      const disks = Array.from({ length: 63 }, (_, i) => `storage${i}=${disk(dir, `d${i}.img`, 4096)}`)
      const run = await bootWith({ kernel: kernel('test_mft_maxdevices', 'virtio'), disk: disks.join('\n') })
      expect(run.error?.message).toMatch(/^input `disk`: .* declares 63 devices; QEMU's q35 machine has room for 30 PCI devices/)
    }
  )

  eachTarget('test_ssp, test_exception and test_zeropage crash, long before a 600 s timeout', async (target) => {
    // Which comes first, the abort line on the console or the tender's own end (255, or spt's SIGSEGV),
    // is a race; either is a crash, and the one that wins stops the other.
    for (const test of ['test_ssp', 'test_exception', 'test_zeropage'] as const) {
      const run = await bootWith({ kernel: kernel(test, target), timeout: '600' })
      expect([test, run.outputs.get('result')]).toEqual([test, 'crashed'])
    }
  })

  ;(solo5.skip ? test.skip : test)(`a tender's own refusal is an error, not a verdict (an hvt kernel given to solo5-spt)${skipped(solo5.skip)}`, async () => {
    const run = await bootWith({ kernel: kernel('test_hello', 'hvt'), vmm: 'solo5-spt', cmdline: 'Hello_Solo5' })
    expect(run.outputs.get('result')).toBeUndefined()
    expect(run.error?.message).toMatch(/^solo5-spt failed: solo5-spt: .*test_hello\.hvt: Executable is not for the solo5-spt target/)
  })

  ;(solo5.skip ? test.skip : test)(`a tender cannot forward ports${skipped(solo5.skip)}`, async () => {
    const run = await bootWith({ kernel: kernel('test_hello', 'spt'), ports: '8080:80' })
    expect(run.error?.message).toMatch(/^input `ports`: solo5-spt cannot forward ports/)
  })

  eachTarget('test_quiet, test_time and test_globals pass', async (target) => {
    for (const [test, cmdline] of [['test_quiet', '--solo5:quiet'], ['test_time'], ['test_globals']] as const) {
      const run = await bootWith({ kernel: kernel(test, target), ...(cmdline ? { cmdline } : {}), expect: 'SUCCESS' })
      expect([test, run.error?.message, run.outputs.get('result')]).toEqual([test, undefined, 'passed'])
    }
  })

  const fpuSkip = (target: Solo5Target) => TARGETS.find((t) => t.target === target)!.skip ?? (target === 'hvt' ? kit?.hvtCannotRun('test_fpu') : undefined)
  for (const target of ['virtio', 'spt', 'hvt'] as const) {
    const skip = fpuSkip(target)
    ;(skip ? test.skip : test)(`test_fpu passes — ${target}${skipped(skip)}`, async () => {
      expectPassed(await bootWith({ kernel: kernel('test_fpu', target), expect: 'SUCCESS' }))
    })
  }
})

describeSolo5(`Solo5 net devices on virtio (QEMU user networking)${skipped(solo5.skip)}`, () => {
  test('test_net gets its one NIC and serves', async () => {
    const run = await bootWith({ kernel: kernel('test_net', 'virtio'), expect: 'Serving ping on' })
    expectPassed(run)
    const devices = run.outcome!.plan.args.filter((a) => a.startsWith('virtio-'))
    expect(devices).toEqual(['virtio-net-pci,netdev=net0,romfile=,addr=0x1'])
    expect(run.summary).toContain('| service0 | net | user networking |')
  })

  test('test_net_2if gets two NICs, in manifest order', async () => {
    const run = await bootWith({ kernel: kernel('test_net_2if', 'virtio'), expect: 'Serving ping on 10.0.0.2\nServing ping on 10.1.0.2' })
    expectPassed(run)
    expect(run.outcome!.plan.args.filter((a) => a.startsWith('virtio-'))).toEqual([
      'virtio-net-pci,netdev=net0,romfile=,addr=0x1',
      'virtio-net-pci,netdev=net1,romfile=,addr=0x2'
    ])
  })

  test('a guest that exits 1 fails against exit-code 0 (test_net refuses its command line)', async () => {
    const run = await bootWith({ kernel: kernel('test_net', 'virtio'), cmdline: 'bogus', 'exit-code': '0' })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error?.message).toMatch(/the guest exited with code 1, expected 0/)
  })

  test('network: none with a declared net device, or ports with none declared, is an input error', async () => {
    const none = await bootWith({ kernel: kernel('test_net', 'virtio'), network: 'none' })
    expect(none.error?.message).toMatch(/^input `network`: is none, but .*test_net\.virtio declares the net device `service0`/)
    const ports = await bootWith({ kernel: kernel('test_hello', 'virtio'), ports: '0:80' })
    expect(ports.error?.message).toMatch(/^input `ports`: .*test_hello\.virtio declares no net device/)
  })
})

/**
 * hvt/spt reach the network only through a tap device. The test makes one in a network namespace of
 * its own (`unshare --net`, root only), so the tap and the namespace go away with the boot's process.
 */
const tapSkip = solo5.skip ?? (process.getuid?.() !== 0 ? 'creating a tap device in a network namespace needs root' : undefined)
describe(`Solo5 net devices under the tenders, on a tap device${skipped(tapSkip)}`, () => {
  const cliInNamespace = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolvePromise) => {
      const script = 'ip tuntap add tap0 mode tap && ip link set tap0 up && ip addr add 10.0.0.1/24 dev tap0 && exec "$0" "$@"'
      const child = spawn('unshare', ['--net', 'sh', '-c', script, process.execPath, join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: temps.make('solo5-tap-') }
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d))
      child.stderr.on('data', (d: Buffer) => (stderr += d))
      child.on('close', (status) => resolvePromise({ status, stdout, stderr }))
    })

  for (const { target, skip } of TARGETS.filter((t) => t.target !== 'virtio')) {
    const why = tapSkip ?? skip
    ;(why ? test.skip : test)(`test_net serves on the tap named in vmm-args — ${target}${skipped(why)}`, async () => {
      const tender = kit!.tender(target === 'hvt' ? 'solo5-hvt' : 'solo5-spt')
      const run = await cliInNamespace([
        'boot',
        '--kernel',
        kernel('test_net', target),
        '--vmm-path',
        tender,
        '--vmm-args=--net:service0=tap0',
        '--expect',
        'Serving ping on 10.0.0.2'
      ])
      expect([run.status, run.stderr]).toEqual([0, expect.any(String)])
      expect(run.stdout).toMatch(/^result=passed$/m)
      expect(run.stderr + run.stdout).toContain(' --net:service0=tap0 -- ')
    })
  }
})
