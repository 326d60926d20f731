import { describe, expect, test } from '@jest/globals'
import { dirname } from 'node:path'
import { bootWith } from '../support/boot.js'
import { fixturePath } from '../support/fixtures.js'
import { HTTP_GUEST_BODY, HTTP_GUEST_READY_LINE, httpGuest } from '../support/http-guest.js'
import { processesMentioning } from '../support/run-action.js'

// A real guest that serves HTTP: Debian's cloud kernel + a busybox initramfs, under TCG.
describe('ports and probes against a real HTTP guest', () => {
  const guestInputs = async (extra: Record<string, string>) => {
    const guest = await httpGuest()
    return { kernel: guest.kernel, initrd: guest.initrd, cmdline: guest.cmdline, memory: '256M', timeout: '120', ports: '0:80', ...extra }
  }

  test('passes when the probe answers with the expected body; {80} resolves to the picked host port', async () => {
    const run = await bootWith(await guestInputs({ probe: 'http://127.0.0.1:{80}/', 'probe-expect': HTTP_GUEST_BODY, expect: HTTP_GUEST_READY_LINE }))
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    const ports = JSON.parse(run.outputs.get('ports')!) as { host: number; guest: number }[]
    expect(ports).toHaveLength(1)
    expect(ports[0].guest).toBe(80)
    expect(ports[0].host).toBeGreaterThan(0)
    expect(run.outcome?.timeline.some((e) => e.event.includes(`probe http://127.0.0.1:{80}/ passed (HTTP 200 from http://127.0.0.1:${ports[0].host}/)`))).toBe(
      true
    )
    // A server's verdict arrives once it is healthy: the VM was stopped, not left to the timeout.
    expect(processesMentioning(dirname(run.outputs.get('console-log')!))).toEqual([])
  })

  test('a 2xx with a body that does not match fails definitively', async () => {
    const run = await bootWith(await guestInputs({ probe: 'http://127.0.0.1:{80}/', 'probe-expect': 'goodbye' }))
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error?.message).toMatch(/probe http:\/\/127\.0\.0\.1:\{80\}\/ failed: HTTP 200 .* does not match \/goodbye\//)
    expect(processesMentioning(dirname(run.outputs.get('console-log')!))).toEqual([])
  })

  test('a tcp:// probe passes once the guest listens: QEMU (over QMP) says the guest accepted the connection', async () => {
    // No `expect`: the probe alone decides, and it must not pass before the guest is up.
    const run = await bootWith(await guestInputs({ probe: 'tcp://127.0.0.1:{80}' }))
    expect(run.outputs.get('result')).toBe('passed')
    const passed = run.outcome?.timeline.find((e) => e.event.startsWith('probe tcp://'))
    expect(passed?.event).toMatch(/passed \(tcp 127\.0\.0\.1:\d+: the guest accepted the connection\)/)
    // The guest was serving by then: its ready line is on the console.
    expect(run.outcome?.consoleTail.join('\n')).toContain(HTTP_GUEST_READY_LINE)
  })
})

describe('a tcp:// probe of a guest that never brings its network up', () => {
  test('does not pass on a connection QEMU holds open for a guest that never answers', async () => {
    // The hang fixture has no NIC driver: QEMU accepts the forwarded connection and waits in SYN_SENT
    // for a guest that never answers. Holding the connection open for 2 s used to pass this probe.
    const run = await bootWith({ kernel: await fixturePath('hang'), ports: '0:80', probe: 'tcp://127.0.0.1:{80}', timeout: '5' })
    expect(run.outputs.get('result')).toBe('timeout')
    expect(processesMentioning(dirname(run.outputs.get('console-log')!))).toEqual([])
  })
})

describe('probes reach only the guest under network: restricted', () => {
  test('a probe of another host is refused, naming `probe`, before the VM starts', async () => {
    const run = await bootWith({ kernel: await fixturePath('hang'), ports: '0:80', probe: 'http://10.0.0.1/', timeout: '20' })
    expect(run.error?.message).toMatch(/^input `probe`: `http:\/\/10\.0\.0\.1\/`: 10\.0\.0\.1 is not the guest; under network: restricted/)
    expect(run.outputs.get('result')).toBeUndefined()
  })

  test('vmm-args that open a listener get a warning naming the option', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello'), 'vmm-args': '-monitor tcp:127.0.0.1:0,server=on,wait=off' })
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.logger.text()).toMatch(
      /vmm-args: `-monitor tcp:127\.0\.0\.1:0,server=on,wait=off` adds a NIC or a listener that network: restricted does not cover/
    )
  })
})
