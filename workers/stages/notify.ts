// Stage 6, notify: every signal event not yet sent, to the webhook and by e-mail where
// configured. An event is marked sent right after its delivery, in its own transaction, so a
// retry resends nothing that already arrived; receivers de-duplicate by X-KIM-Event-Id for the rare crash in between.
import { inTransaction } from '../../src/store/db.js';
import { lockPendingEvent, markAllNotified, markNotified, type PendingEvent } from '../../src/store/signals.js';
import type { Settings, StoreDeps } from '../deps.js';
import { createMailer, notifyChannelConfigured, sendWebhook, type Notice } from '../notify-channels.js';

export type NotifyDeps = StoreDeps & Settings<'webhookUrl' | 'webhookSecret' | 'smtpUrl' | 'mailFrom' | 'mailTo' | 'publicUrl'>;

const noticeOf = (r: PendingEvent, publicUrl: string): Notice => ({
  eventId: r.id,
  event: r.event,
  signalId: r.signal_id,
  signalType: r.type,
  recipient: { role: r.recipient_role, id: r.recipient_id },
  // The signal's page in the web workplace: opened signed out, it leads through the sign-in to the signal.
  link: `${publicUrl}/web/hinweise/${r.signal_id}`,
});

export async function sendNotifications(deps: NotifyDeps): Promise<number> {
  if (!notifyChannelConfigured(deps.config)) {
    // Nothing configured to send to: the events count as delivered (the inbox has them). The
    // route stage already stores them so and queues no job; this covers jobs queued before the
    // channel was removed (the pending events are found by their partial index).
    return markAllNotified(deps.db);
  }
  const send = sender(deps.config);
  let sent = 0;
  // One event per transaction: its mark commits right after its delivery, so a worker killed
  // later resends nothing that arrived (marks of a batch committed together were all lost with
  // the batch: a kill resent up to 199 deliveries, found by tests/faults). The event in flight at
  // a crash, delivered and not yet marked, may arrive twice; receivers de-duplicate by its id.
  for (;;) {
    const delivered = await inTransaction(deps.db, async (tx) => {
      const event = await lockPendingEvent(tx);
      if (!event) return false;
      // A failed delivery rolls back this event alone; the queue retries it with backoff.
      await send(noticeOf(event, deps.config.publicUrl));
      await markNotified(tx, event.id);
      return true;
    });
    if (!delivered) return sent;
    sent++;
  }
}

function sender(config: NotifyDeps['config']): (notice: Notice) => Promise<void> {
  const { webhookUrl, webhookSecret, smtpUrl, mailFrom, mailTo } = config;
  const mail = smtpUrl ? createMailer(smtpUrl) : null;
  return async (notice) => {
    if (webhookUrl && webhookSecret) await sendWebhook(webhookUrl, webhookSecret, notice);
    const to = mailTo[notice.recipient.id];
    if (mail && to) await mail(mailFrom, to, notice);
  };
}
