// Stage 6, notify: every signal event not yet sent, to the webhook and by e-mail where
// configured. An event is marked sent right after its delivery, so a retry resends nothing
// that already arrived; receivers de-duplicate by X-KIM-Event-Id for the rare crash in between.
import { lockPendingEvents, markAllNotified, markNotified, type PendingEvent } from '../../src/store/signals.js';
import type { Tx } from '../../src/store/db.js';
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
  for (;;) {
    const client = await deps.db.connect();
    try {
      await client.query('BEGIN');
      const n = await sendBatch(client, send, deps.config.publicUrl);
      await client.query('COMMIT');
      if (n === null) return sent;
      sent += n;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined); // no-op after the COMMIT in sendBatch
      throw e;
    } finally {
      client.release();
    }
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

/** One batch of pending events, each marked right after its delivery; null when none was pending. */
async function sendBatch(client: Tx, send: (notice: Notice) => Promise<void>, publicUrl: string): Promise<number | null> {
  const rows = await lockPendingEvents(client);
  if (!rows.length) return null;
  let sent = 0;
  for (const r of rows) {
    try {
      await send(noticeOf(r, publicUrl));
    } catch (e) {
      // Keep what was delivered; the queue retries the rest with backoff.
      await client.query('COMMIT');
      throw e;
    }
    await markNotified(client, r.id);
    sent++;
  }
  return sent;
}
