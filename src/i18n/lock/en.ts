// The app lock's words (English, the reference): the lock screen and its Settings section. Loaded with
// them, never on first paint; fr.ts must have the same keys.
export const lockEn = {
  'lk.title': 'The app is locked',
  'lk.intro': 'Type your passphrase to open the app. Crisis lines and quick exit work without it.',
  'lk.passphrase': 'Passphrase',
  'lk.show': 'Show the passphrase',
  'lk.unlock': 'Unlock',
  'lk.checking': 'Checking…',
  'lk.wrong': 'That is not the passphrase.',
  'lk.wait': 'Too many wrong tries. You can try again in {seconds} s.',
  'lk.unreadable': 'The lock on this device cannot be read. What it locked cannot be opened.',
  'lk.neededForReferrals':
    'This device takes part in referrals: their keys are kept under the lock, so it stays on. Forgetting the passphrase still erases them.',
  'lk.storageFailed': 'The change could not be saved on this device.',
  'lk.forgot': 'Forgot the passphrase?',
  'lk.forgotTitle': 'Erase what is locked?',
  'lk.forgotBody':
    'No one can open what is locked without the passphrase, not even your network. Erasing deletes the saved list and referrals on this device for good, and removes the lock. The directory and the workbook stay.',
  'lk.forgotConfirm': 'Erase and remove the lock',
  'lk.cancel': 'Cancel',

  'lk.section': 'App lock',
  'lk.offIntro':
    'Lock the app with a passphrase. It asks for it when the app opens and after a time without use, and the saved list (later, referrals) is kept encrypted on this device.',
  'lk.new': 'New passphrase',
  'lk.again': 'Type it again',
  'lk.newHelp': 'At least 10 characters. A few unrelated words are easy to remember and hard to guess.',
  'lk.strengthLabel': 'Strength: {strength}',
  'lk.strength.too-short': 'too short',
  'lk.strength.too-common': 'too common',
  'lk.strength.weak': 'weak',
  'lk.strength.fair': 'fair',
  'lk.strength.strong': 'strong',
  'lk.forgetWarning':
    'If you forget it, what is locked is gone: no one can recover it, not even your network.',
  'lk.understand': 'I understand that a forgotten passphrase cannot be recovered.',
  'lk.set': 'Set the lock',
  'lk.setting': 'Setting the lock…',
  'lk.mismatch': 'The two passphrases are not the same.',
  'lk.tooWeak': 'Choose a stronger passphrase: a few more words.',
  'lk.mustUnderstand': 'Tick the box to say you understand.',
  'lk.onIntro': 'The app is locked with a passphrase. The saved list is kept encrypted on this device.',
  'lk.lockNow': 'Lock now',
  'lk.idle': 'Lock after this long without use',
  'lk.minute': '1 minute',
  'lk.minutes': '{count} minutes',
  'lk.change': 'Change the passphrase',
  'lk.current': 'Current passphrase',
  'lk.changeButton': 'Change passphrase',
  'lk.changed': 'The passphrase is changed.',
  'lk.remove': 'Turn the lock off',
  'lk.removeHelp': 'The saved list stays on this device, no longer encrypted.',
  'lk.removeButton': 'Turn off',
  'lk.removed': 'The lock is off.',
  'lk.set.done': 'The lock is set.',
} as const;

export type LockKey = keyof typeof lockEn;
export type LockCatalog = Record<LockKey, string>;
