// Stage 6, notify: every signal event not yet sent, to the webhook and by e-mail where
// configured. An event is marked sent right after its delivery, so a retry resends nothing
// that already arrived; receivers de-duplicate by X-KIM-Event-Id for the rare crash in between.
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
  for (;;) {
    const client = await ctx.db.connect();
    try {
      await client.query('BEGIN');
      const rows = (
        await client.query<{ id: string; event: Notice['event']; signal_id: string; type: string; recipient_role: string; recipient_id: string }>(
          `SELECT e.id, e.event, e.signal_id, s.type, s.recipient_role, s.recipient_id
             FROM signal_events e JOIN signals s ON s.id = e.signal_id
            WHERE e.notified_at IS NULL ORDER BY e.id LIMIT 200 FOR UPDATE OF e SKIP LOCKED`,
        )
      ).rows;
      if (!rows.length) {
        await client.query('COMMIT');
        return sent;
      }
      for (const r of rows) {
        const notice: Notice = {
          eventId: r.id,
          event: r.event,
          signalId: r.signal_id,
          signalType: r.type,
          recipient: { role: r.recipient_role, id: r.recipient_id },
          // The signal's page in the web workplace: opened signed out, it leads through the sign-in to the signal.
          link: `${publicUrl}/web/hinweise/${r.signal_id}`,
        };
        try {
          if (webhookUrl && webhookSecret) await sendWebhook(webhookUrl, webhookSecret, notice);
          const to = mailTo[r.recipient_id];
          if (mail && to) await mail(mailFrom, to, notice);
        } catch (e) {
          // Keep what was delivered; the queue retries the rest with backoff.
          await client.query('COMMIT');
          throw e;
        }
        await client.query('UPDATE signal_events SET notified_at = now() WHERE id = $1', [r.id]);
        sent++;
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined); // no-op after the COMMIT above
      throw e;
    } finally {
      client.release();
    }
  }
}
