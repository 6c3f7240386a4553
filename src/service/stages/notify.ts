// Stage 6, notify: every signal event not yet sent, to the webhook and by e-mail where
// configured. An event is marked sent right after its delivery, in its own transaction, so a
// retry resends nothing that already arrived; receivers de-duplicate by X-KIM-Event-Id for the
// rare crash in between.
import { inTransaction } from '../../store/db.js';
import type { Context } from '../context.js';
import { createMailer, notifyChannelConfigured, sendWebhook, type Notice } from '../notify.js';

export async function runNotify(ctx: Context): Promise<number> {
  const { webhookUrl, webhookSecret, smtpUrl, mailFrom, mailTo, publicUrl } = ctx.config;
  const mail = smtpUrl ? createMailer(smtpUrl) : null;
  if (!notifyChannelConfigured(ctx.config)) {
    // Nothing configured to send to: the events count as delivered (the inbox has them). The
    // route stage already stores them so and queues no job; this covers jobs queued before the
    // channel was removed (the pending events are found by their partial index).
    const res = await ctx.db.query('UPDATE signal_events SET notified_at = now() WHERE notified_at IS NULL');
    return res.rowCount ?? 0;
  }
  let sent = 0;
  // One event per transaction: its mark commits right after its delivery, so a worker killed
  // later resends nothing that arrived (marks of a chunk committed together were all lost with
  // the chunk: a kill resent up to 199 deliveries, found by tests/faults). The event in flight at
  // a crash, delivered and not yet marked, may arrive twice; receivers de-duplicate by its id.
  for (;;) {
    const delivered = await inTransaction(ctx.db, async (tx) => {
      const r = (
        await tx.query<{ id: string; event: Notice['event']; signal_id: string; type: string; recipient_role: string; recipient_id: string }>(
          `SELECT e.id, e.event, e.signal_id, s.type, s.recipient_role, s.recipient_id
             FROM signal_events e JOIN signals s ON s.id = e.signal_id
            WHERE e.notified_at IS NULL ORDER BY e.id LIMIT 1 FOR UPDATE OF e SKIP LOCKED`,
        )
      ).rows[0];
      if (!r) return false;
      const notice: Notice = {
        eventId: r.id,
        event: r.event,
        signalId: r.signal_id,
        signalType: r.type,
        recipient: { role: r.recipient_role, id: r.recipient_id },
        link: `${publicUrl}/inbox/${encodeURIComponent(r.recipient_id)}/signals/${r.signal_id}`,
      };
      // A failed delivery rolls back this event alone; the queue retries it with backoff.
      if (webhookUrl && webhookSecret) await sendWebhook(webhookUrl, webhookSecret, notice);
      const to = mailTo[r.recipient_id];
      if (mail && to) await mail(mailFrom, to, notice);
      await tx.query('UPDATE signal_events SET notified_at = now() WHERE id = $1', [r.id]);
      return true;
    });
    if (!delivered) return sent;
    sent++;
  }
}
