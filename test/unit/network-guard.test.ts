import { describe, expect, test } from '@jest/globals'
import { checkProbeHosts, riskyVmmArgs } from '../../src/boot/network-guard.js'
import { resolveProbeUrls } from '../../src/boot/probe.js'

const forwards = [{ host: 40123, guest: 80 }]
const probes = (...urls: string[]) => resolveProbeUrls(urls, forwards)

describe('probe hosts under network: restricted', () => {
  test.each(['http://127.0.0.1:{80}/', 'http://localhost:40123/health', 'tcp://[::1]:{80}', 'https://127.0.0.2:40123/'])(
    '%s reaches the guest: accepted',
    (url) => {
      expect(() => checkProbeHosts(probes(url), forwards, [], 'restricted')).not.toThrow()
    }
  )

  test('another host is refused, naming the input and the way out', () => {
    expect(() => checkProbeHosts(probes('http://10.0.0.1/'), forwards, [], 'restricted')).toThrow(
      /^input `probe`: `http:\/\/10\.0\.0\.1\/`: 10\.0\.0\.1 is not the guest; under network: restricted a probe reaches only the guest: .*set network: open to probe another address$/
    )
  })

  test('a loopback port nothing forwards is refused: it would reach a host service, not the guest', () => {
    expect(() => checkProbeHosts(probes('http://127.0.0.1:5432/'), forwards, [], 'restricted')).toThrow(
      /^input `probe`: `http:\/\/127\.0\.0\.1:5432\/`: port 5432 is not one `ports` forwards \(40123\)/
    )
    expect(() => checkProbeHosts(probes('http://127.0.0.1/'), [], [], 'none')).toThrow(/port 80 is not one `ports` forwards \(none\)/)
  })

  test('the guest address on a tap link the step created is accepted; network: open takes any URL', () => {
    expect(() => checkProbeHosts(probes('tcp://10.0.0.2:80'), [], ['10.0.0.2'], 'restricted')).not.toThrow()
    expect(() => checkProbeHosts(probes('http://10.0.0.1/', 'http://example.com/'), [], [], 'open')).not.toThrow()
  })
})

describe('vmm-args that add a NIC or a listener', () => {
  test.each([
    [['-netdev', 'user,id=n1'], ['-netdev user,id=n1']],
    [['--nic', 'user,hostfwd=tcp::2222-:22'], ['--nic user,hostfwd=tcp::2222-:22']],
    [['-net', 'nic'], ['-net nic']],
    [['-serial', 'tcp::4444,server,nowait'], ['-serial tcp::4444,server,nowait']],
    [['-monitor', 'tcp:127.0.0.1:5555,server'], ['-monitor tcp:127.0.0.1:5555,server']],
    [['-chardev', 'socket,id=c,host=0.0.0.0,port=7,server=on'], ['-chardev socket,id=c,host=0.0.0.0,port=7,server=on']],
    [['-vnc', ':1'], ['-vnc :1']],
    [['-spice', 'port=5930'], ['-spice port=5930']],
    [['-gdb', 'tcp::1234'], ['-gdb tcp::1234']],
    [['-s'], ['-s']],
    [['-device', 'virtio-net,netdev=n0', '-object', 'filter-dump,hostfwd=x'], ['filter-dump,hostfwd=x']]
  ])('%j is named', (args, named) => {
    expect(riskyVmmArgs(args)).toEqual(named)
  })

  test.each([[['-serial', 'stdio']], [['-monitor', 'none']], [['-net', 'none']], [['-smp', '2', '-m', '256']], [['-chardev', 'stdio,id=c0']]])(
    '%j is not',
    (args) => {
      expect(riskyVmmArgs(args)).toEqual([])
    }
  )
})
