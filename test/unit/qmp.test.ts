import { describe, expect, test } from '@jest/globals'
import { Duplex } from 'node:stream'
import { parseUsernetStates, QmpChannel } from '../../src/vmm/qmp.js'

/** Output of `info usernet` from QEMU 7.2 with a connection forwarded to a guest that has not answered. */
const USERNET = [
  'Hub -1 (net0):',
  '  Protocol[State]    FD  Source Address  Port   Dest. Address  Port RecvQ SendQ',
  '  TCP[SYN_SENT]      10       127.0.0.1 18181       10.0.2.15    80     0     0',
  '  TCP[ESTABLISHED]   12       127.0.0.1 18282       10.0.2.15    22     0     0',
  '  TCP[HOST_FORWARD]   8       127.0.0.1 18181       10.0.2.15    80     0     0',
  '  UDP[236 sec]       14       127.0.0.1 18181       10.0.2.15    53     0     0',
  ''
].join('\r\n')

describe('info usernet', () => {
  test('the TCP states of connections through one forwarded host port, the listening entry left out', () => {
    expect(parseUsernetStates(USERNET, 18181)).toEqual(['SYN_SENT'])
    expect(parseUsernetStates(USERNET, 18282)).toEqual(['ESTABLISHED'])
    expect(parseUsernetStates(USERNET, 9999)).toEqual([])
    expect(parseUsernetStates('', 18181)).toEqual([])
  })
})

/** Our end of a QMP socket, with a scripted QEMU on the other end: every line we write is a request it answers. */
function fakeQemu(answer: (request: { execute: string; arguments?: Record<string, unknown>; id?: string }) => object | undefined): {
  socket: Duplex
  written: string[]
  send(line: object): void
} {
  const written: string[] = []
  const socket = new Duplex({
    read() {},
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        written.push(line)
        const reply = answer(JSON.parse(line))
        if (reply) setImmediate(() => socket.push(`${JSON.stringify(reply)}\r\n`))
      }
      done()
    }
  })
  return { socket, written, send: (line) => socket.push(`${JSON.stringify(line)}\r\n`) }
}

describe('QmpChannel', () => {
  test('the handshake goes out at once; commands wait for its answer, then get their own answer by id', async () => {
    let negotiate!: () => void
    const qemu = fakeQemu((request) => {
      if (request.execute === 'human-monitor-command') return { return: USERNET, id: request.id }
      // The handshake's answer comes when the test says so.
      if (request.execute === 'qmp_capabilities') negotiate = () => qemu.send({ return: {}, id: request.id })
      return undefined
    })
    const channel = new QmpChannel(qemu.socket)
    const states = channel.forwardedConnectionStates(18181)
    // Written before QEMU's greeting (QEMU reads it after sending that); the command is held back.
    await new Promise((resolve) => setImmediate(resolve))
    expect(qemu.written.map((line) => JSON.parse(line).execute)).toEqual(['qmp_capabilities'])
    qemu.send({ QMP: { version: {}, capabilities: [] } })
    negotiate()
    expect(await states).toEqual(['SYN_SENT'])
    expect(qemu.written.map((line) => JSON.parse(line).execute)).toEqual(['qmp_capabilities', 'human-monitor-command'])
    expect(JSON.parse(qemu.written[1]).arguments).toEqual({ 'command-line': 'info usernet' })
  })

  test('an error answer rejects with QEMU\u2019s class and description; events still arrive between answers', async () => {
    const shutdowns: string[] = []
    const qemu = fakeQemu((request) =>
      request.execute === 'qmp_capabilities'
        ? { return: {}, id: request.id }
        : { error: { class: 'CommandNotFound', desc: 'The command nope has not been found' }, id: request.id }
    )
    const channel = new QmpChannel(qemu.socket, { onShutdown: (reason) => shutdowns.push(reason) })
    qemu.send({ QMP: {} })
    const answer = channel.command('nope')
    qemu.send({ event: 'SHUTDOWN', data: { guest: true, reason: 'guest-reset' } })
    await expect(answer).rejects.toThrow('QMP: CommandNotFound: The command nope has not been found')
    expect(shutdowns).toEqual(['guest-reset'])
    expect(channel.shutdownReason).toBe('guest-reset')
  })

  test('resume: `cont` follows the handshake in the same write, before any answer; a refused cont is reported', async () => {
    const refused: string[] = []
    const qemu = fakeQemu((request) =>
      request.execute === 'cont' ? { error: { class: 'GenericError', desc: 'Resetting the Virtual Machine is required' }, id: request.id } : undefined
    )
    new QmpChannel(qemu.socket, { onResumeFailed: (message) => refused.push(message) }, { resume: true })
    expect(qemu.written.map((line) => JSON.parse(line).execute)).toEqual(['qmp_capabilities', 'cont'])
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    expect(refused).toEqual(['GenericError: Resetting the Virtual Machine is required'])
  })

  test('a command pending when QEMU goes away, or asked afterwards, is rejected rather than left hanging', async () => {
    const qemu = fakeQemu(() => undefined)
    const channel = new QmpChannel(qemu.socket)
    const waiting = channel.command('query-status')
    qemu.socket.destroy()
    await expect(waiting).rejects.toThrow('QMP closed')
    await channel.drained()
    await expect(channel.command('query-status')).rejects.toThrow('QMP closed')
  })
})
