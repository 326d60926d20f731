import { privileged } from './commands.js'

/** The rule the Android emulator runner and Solo5's own CI use: /dev/kvm read-write for everyone. */
export const KVM_UDEV_RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n'
export const KVM_UDEV_RULE_FILE = '/etc/udev/rules.d/99-unikernel-actions-kvm.rules'

export interface KvmEnableCommand {
  argv: string[]
  /** Written to the command's stdin. */
  input?: string
}

/**
 * What makes an existing but unusable /dev/kvm usable for the runner user: install the udev rule,
 * reload, trigger (`usermod -aG kvm` would need a new login). sudo -n never waits for a password.
 */
export function kvmEnableCommands(options: { isRoot: boolean }): KvmEnableCommand[] {
  return [
    { argv: privileged(['tee', KVM_UDEV_RULE_FILE], options.isRoot), input: KVM_UDEV_RULE },
    { argv: privileged(['udevadm', 'control', '--reload-rules'], options.isRoot) },
    { argv: privileged(['udevadm', 'trigger', '--name-match=kvm'], options.isRoot) }
  ]
}
