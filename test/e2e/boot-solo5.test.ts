import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { readBootOptions } from '../../src/actions/boot.js'
import { prepareBoot } from '../../src/boot/prepare.js'
import { Inputs, MapInputs } from '../../src/runtime/inputs.js'
import { JobState } from '../../src/runtime/job-state.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { bootWith, NO_KVM, type BootRun } from '../support/boot.js'
import { REPO_ROOT } from '../support/fixtures.js'
import { runActionAsRunner } from '../support/run-action.js'
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
 * hvt/spt reach the network only through a tap device. Each test runs the CLI in a network namespace
 * of its own (`unshare --net`, root only), so nothing it makes can touch the host's network, and checks
 * in that namespace that no tap device is left (`ip -o link show type tun`) when the step is done.
 */
const tapSkip = solo5.skip ?? (process.getuid?.() !== 0 ? 'creating a tap device in a network namespace needs root' : undefined)
const TAP_TARGETS = TARGETS.filter((t) => t.target !== 'virtio').map(({ target, skip }) => ({ target, skip: tapSkip ?? skip }))
const tenderFor = (target: Solo5Target) => kit!.tender(target === 'hvt' ? 'solo5-hvt' : 'solo5-spt')
const LEFT_MARK = '--- taps left:'

interface NamespaceRun {
  status: number | null
  stdout: string
  stderr: string
  /** `ip -o link show type tun` in the namespace after the script: one line per tap device. */
  tapsLeft: string[]
}

describe(`Solo5 net devices under the tenders, on a tap device${skipped(tapSkip)}`, () => {
  /**
   * Runs `script` (sh) in a fresh network namespace with `$UKA` the CLI (node dist/cli.js), then lists
   * the tap devices left in it. `env` passes paths to the script without quoting them into it.
   */
  const inNamespace = (script: string, env: Record<string, string>) =>
    new Promise<NamespaceRun>((resolvePromise) => {
      const wrapped = `${script}\necho '${LEFT_MARK}'\nip -o link show type tun`
      const child = spawn('unshare', ['--net', 'sh', '-c', wrapped], {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          RUNNER_TEMP: temps.make('solo5-tap-'),
          UKA: `${process.execPath} ${join(REPO_ROOT, 'dist', 'cli.js')}`,
          ...env
        }
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d))
      child.stderr.on('data', (d: Buffer) => (stderr += d))
      child.on('close', (status) => {
        const [before, after = ''] = stdout.split(`${LEFT_MARK}\n`)
        resolvePromise({ status, stdout: before, stderr, tapsLeft: after.split('\n').filter((line) => line.trim() !== '') })
      })
    })

  for (const { target, skip } of TAP_TARGETS) {
    ;(skip ? test.skip : test)(`test_net serves on the tap named in vmm-args — ${target}${skipped(skip)}`, async () => {
      const run = await inNamespace(
        'ip tuntap add tap0 mode tap && ip link set tap0 up && ip addr add 10.0.0.1/24 dev tap0 && ' +
          '$UKA boot --kernel "$KERNEL" --vmm-path "$TENDER" --vmm-args=--net:service0=tap0 --expect "Serving ping on 10.0.0.2"',
        { KERNEL: kernel('test_net', target), TENDER: tenderFor(target) }
      )
      expect([run.status, run.stderr]).toEqual([0, expect.any(String)])
      expect(run.stdout).toMatch(/^result=passed$/m)
      expect(run.stderr + run.stdout).toContain(' --net:service0=tap0 -- ')
      expect(run.stderr).toContain('| service0 | net | tap tap0 |')
    })

    ;(skip ? test.skip : test)(
      `test_net on a tap the step creates: serves, answers the host's ping at 10.0.0.2, and the tap is gone after stop — ${target}${skipped(skip)}`,
      async () => {
        // keep-running leaves the guest up after its verdict, so the host can ping it; `stop` ends it and removes the tap.
        const run = await inNamespace(
          [
            '$UKA boot --kernel "$KERNEL" --vmm-path "$TENDER" --expect "Serving ping on 10.0.0.2" --keep-running; echo "boot-status=$?"',
            'echo "--- taps while running:"; ip -o link show type tun',
            'busybox ping -c 1 -W 5 10.0.0.2 >/dev/null && echo ping=answered',
            '$UKA stop >/dev/null; echo "stop-status=$?"'
          ].join('\n'),
          { KERNEL: kernel('test_net', target), TENDER: tenderFor(target) }
        )
        expect(run.stdout).toMatch(/^boot-status=0$/m)
        expect(run.stdout).toMatch(/^result=passed$/m)
        const tap = /Created tap (uk[0-9a-f]{6}n0): host 10\.0\.0\.1\/30, guest 10\.0\.0\.2/.exec(run.stderr)?.[1]
        expect(tap).toBeDefined()
        expect(run.stderr).toContain(` --net:service0=${tap} -- `)
        expect(run.stderr).toContain(`tap ${tap} (created; host 10.0.0.1/30, guest 10.0.0.2)`)
        expect(run.stdout.split('--- taps while running:')[1]).toContain(`${tap}:`)
        expect(run.stdout).toMatch(/^ping=answered$/m)
        expect(run.stdout).toMatch(/^stop-status=0$/m)
        expect(run.stderr).toContain(`Removed tap ${tap}`)
        expect(run.tapsLeft).toEqual([])
      }
    )
  }

  const spt = TAP_TARGETS.find((t) => t.target === 'spt')!
  ;(spt.skip ? test.skip : test)(`keep-running as the runner runs it: the post step stops the VM and removes its tap${skipped(spt.skip)}`, async () => {
    // main and post are two processes, so they share a named namespace (`ip netns`), made and removed here.
    const ns = `ukatest${process.pid}`
    const inNs = ['ip', 'netns', 'exec', ns]
    const taps = () => execFileSync(inNs[0], [...inNs.slice(1), 'ip', '-o', 'link', 'show', 'type', 'tun'], { encoding: 'utf8' }).trim()
    execFileSync('ip', ['netns', 'add', ns])
    let vmmPid = 0
    try {
      const runnerTemp = temps.make('solo5-tap-post-')
      const main = await runActionAsRunner(
        'boot',
        'main',
        { kernel: kernel('test_net', 'spt'), 'vmm-path': tenderFor('spt'), expect: 'Serving ping on 10.0.0.2', 'keep-running': 'true' },
        { runnerTemp, wrapper: inNs }
      )
      vmmPid = Number(main.state['vmm-pid'])
      expect([main.status, main.outputs.result]).toEqual([0, 'passed'])
      expect(main.state.taps).toMatch(/^uk[0-9a-f]{6}n0$/)
      expect(main.state['tap-privilege']).toBe('root')
      expect(taps()).toContain(`${main.state.taps}:`)
      const post = await runActionAsRunner('boot', 'post', {}, { runnerTemp, state: main.state, wrapper: inNs })
      expect(post.status).toBe(0)
      expect(post.stdout).toContain(`Removed tap ${main.state.taps}`)
      expect(taps()).toBe('')
      expect(() => process.kill(vmmPid, 0)).toThrow()
    } finally {
      // Whatever failed above, the VM this test started does not outlive it.
      if (vmmPid) {
        try {
          process.kill(-vmmPid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
      execFileSync('ip', ['netns', 'del', ns])
    }
  })

  ;(spt.skip ? test.skip : test)(`a tap named in \`net\` is attached as it is and left to its owner${skipped(spt.skip)}`, async () => {
    const run = await inNamespace(
      'ip tuntap add mytap mode tap && ip link set mytap up && ip addr add 10.0.0.1/24 dev mytap && ' +
        '$UKA boot --kernel "$KERNEL" --vmm-path "$TENDER" --net service0=mytap --expect "Serving ping on 10.0.0.2"',
      { KERNEL: kernel('test_net', 'spt'), TENDER: tenderFor('spt') }
    )
    expect([run.status, run.stderr]).toEqual([0, expect.any(String)])
    expect(run.stderr).toContain(' --net:service0=mytap -- ')
    expect(run.stderr).toContain('| service0 | net | tap mytap |')
    expect(run.stderr).not.toMatch(/Created tap/)
    expect(run.tapsLeft.map((line) => line.split(':')[1]?.trim())).toEqual(['mytap'])
  })

  ;(spt.skip ? test.skip : test)(`a host that already routes the guest address gets no tap: an input error naming \`net\`${skipped(spt.skip)}`, async () => {
    const run = await inNamespace(
      'ip tuntap add other mode tap && ip addr add 10.0.0.5/24 dev other && ip link set other up && ' +
        '$UKA boot --kernel "$KERNEL" --vmm-path "$TENDER" --expect "Serving ping on 10.0.0.2"; echo "boot-status=$?"',
      { KERNEL: kernel('test_net', 'spt'), TENDER: tenderFor('spt') }
    )
    expect(run.stdout).toMatch(/^boot-status=2$/m)
    expect(run.stderr).toMatch(/input `net`: the host already routes 10\.0\.0\.2 \(10\.0\.0\.0\/24 dev other/)
    expect(run.tapsLeft.map((line) => line.split(':')[1]?.trim())).toEqual(['other'])
  })

  ;(spt.skip ? test.skip : test)(`the created tap is removed after a timeout${skipped(spt.skip)}`, async () => {
    // test_net answers ARP and ping only: a tcp:// probe of its address never passes, so the deadline decides.
    const run = await inNamespace('$UKA boot --kernel "$KERNEL" --vmm-path "$TENDER" --probe tcp://10.0.0.2:9 --timeout 3', {
      KERNEL: kernel('test_net', 'spt'),
      TENDER: tenderFor('spt')
    })
    expect(run.stdout).toMatch(/^result=timeout$/m)
    expect(run.stderr).toMatch(/Removed tap uk[0-9a-f]{6}n0/)
    expect(run.tapsLeft).toEqual([])
  })

  ;(spt.skip ? test.skip : test)(`the created tap is removed when the step is cancelled${skipped(spt.skip)}`, async () => {
    // As the runner cancels a job: SIGTERM to the step once its tap exists.
    const run = await inNamespace(
      [
        '$UKA boot --kernel "$KERNEL" --vmm-path "$TENDER" --expect NEVER --timeout 120 & pid=$!',
        'i=0; until ip -o link show type tun | grep -q uk || [ $i -ge 300 ]; do sleep 0.1; i=$((i+1)); done',
        'echo "--- taps before cancelling:"; ip -o link show type tun',
        'kill -TERM $pid; wait $pid; echo "boot-status=$?"'
      ].join('\n'),
      { KERNEL: kernel('test_net', 'spt'), TENDER: tenderFor('spt') }
    )
    expect(run.stdout.split('--- taps before cancelling:')[1]).toMatch(/uk[0-9a-f]{6}n0:/)
    expect(run.stdout).toMatch(/^boot-status=143$/m)
    expect(run.tapsLeft).toEqual([])
  })
})

describeSolo5(`Solo5 net device input errors under the tenders${skipped(solo5.skip)}`, () => {
  test('a tender that cannot create a tap: an input error naming `net` and saying how', async () => {
    const workRoot = temps.make('solo5-notap-')
    const attempt = prepareBoot(
      { ...readBootOptions(new Inputs(new MapInputs(new Map([['kernel', kernel('test_net', 'spt')]])))), vmmPath: kit!.tender('solo5-spt') },
      { logger: new MemoryLogger(), jobState: new JobState(workRoot), workRoot, kvm: NO_KVM, taps: { privilege: async () => undefined } }
    )
    await expect(attempt).rejects.toThrow(
      /^input `net`: .*test_net\.spt declares the net device `service0`, which solo5-spt attaches only to a tap device, and this step cannot create one \(it needs root or passwordless sudo\): create a tap and name it with `net: service0=<tap>`/
    )
  })

  test.each([
    ['network: none with a declared net device', { network: 'none' }, /^input `network`: is none, but .*test_net\.spt declares the net device `service0`/],
    [
      'a probe of another address than the created link',
      { probe: 'http://127.0.0.1:8080/' },
      /^input `probe`: `http:\/\/127\.0\.0\.1:8080\/`: under network: restricted a tap guest is probed only at its address on a tap link this step creates \(10\.0\.0\.2\)/
    ],
    [
      'a probe while the tap is one the user named',
      { probe: 'tcp://10.0.0.2:80', net: 'service0=tap0' },
      /^input `probe`: .*\(none is created: every net device is attached to a tap you named\)/
    ],
    ['ports under a tender', { ports: '0:80' }, /^input `ports`: solo5-spt cannot forward ports/],
    [
      '`net` naming a device the kernel does not declare',
      { net: 'data=tap0' },
      /^input `net`: `data=tap0`: .*test_net\.spt declares no net device `data` \(it declares net device service0\)/
    ],
    [
      '`net` for a kernel that declares none',
      { net: 'service0=tap0', kernelTest: 'test_hello' },
      /^input `net`: `service0=tap0`: .*test_hello\.spt declares no net device `service0` \(it declares no net device\)$/
    ]
  ])('%s is an input error, and no tap is made', async (_name, inputs, message) => {
    const { kernelTest = 'test_net', ...rest } = inputs as Record<string, string>
    const run = await bootWith({ kernel: kernel(kernelTest as Solo5Test, 'spt'), 'vmm-path': kit!.tender('solo5-spt'), ...rest })
    expect(run.error?.message).toMatch(message)
    expect(run.logger.text('info')).not.toMatch(/Created tap/)
  })

  test('`net` under QEMU user networking is an input error', async () => {
    const run = await bootWith({ kernel: kernel('test_net', 'virtio'), net: 'service0=tap0' })
    expect(run.error?.message).toMatch(/^input `net`: qemu attaches net devices to its own user networking/)
  })
})
