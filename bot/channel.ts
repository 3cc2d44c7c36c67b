/** Channels that show no Adaptive Cards: they get the plain-text form with numbered choices. */
const TEXT_ONLY = new Set(['slack', 'sms', 'twilio-sms', 'telegram', 'line', 'groupme', 'kik', 'email']);

export function supportsCards(channelId: string | undefined): boolean {
  return !TEXT_ONLY.has((channelId ?? '').toLowerCase());
}

/** How a channel formats message text: values from data are escaped for it. */
export function textFlavour(channelId: string | undefined): 'markdown' | 'slack' {
  return (channelId ?? '').toLowerCase() === 'slack' ? 'slack' : 'markdown';
}
