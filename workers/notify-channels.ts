// Notifications carry no personal data: the event, the signal type, the recipient and a link
// into the inbox, where the reader must sign in to see more. Webhooks carry the time they were
// sent (X-KIM-Timestamp, Unix seconds) and HMAC-SHA256 over "<timestamp>.<exact body>"
// (X-KIM-Signature), so a receiver can refuse a replayed old delivery (one older than five
// minutes, say) as well as a forged one; they carry an event id for de-duplication and are
// retried by the queue, each attempt with a fresh timestamp. E-mail goes out through SMTP (nodemailer).
import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface Notice {
  eventId: string;
  event: 'created' | 'withdrawn';
  signalId: string;
  signalType: string;
  recipient: { role: string; id: string };
  link: string;
}

/** The X-KIM-Signature of a body sent at `timestamp` (Unix seconds): the time is signed with the body. */
export function signBody(body: string, secret: string, timestamp: number): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function sendWebhook(url: string, secret: string, notice: Notice, now: () => number = Date.now): Promise<void> {
  const body = JSON.stringify(notice);
  const timestamp = Math.floor(now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kim-timestamp': String(timestamp), 'x-kim-signature': signBody(body, secret, timestamp), 'x-kim-event-id': notice.eventId },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
}

const SUBJECT: Record<Notice['event'], string> = { created: 'Neuer Hinweis im KIM-Postfach', withdrawn: 'Hinweis im KIM-Postfach zurückgezogen' };

export function mailText(notice: Notice): string {
  return `${SUBJECT[notice.event]}: ${notice.signalType}\n\nBitte melden Sie sich an, um den Hinweis zu lesen:\n${notice.link}\n`;
}

export function createMailer(smtpUrl: string) {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (from: string, to: string, notice: Notice) => {
    await transport.sendMail({ from, to, subject: `${SUBJECT[notice.event]} (${notice.signalType})`, text: mailText(notice) });
  };
}

/** True when a webhook or SMTP is configured: otherwise events are born delivered (the inbox has them). */
export function notifyChannelConfigured(config: { webhookUrl: string | null; webhookSecret: string | null; smtpUrl: string | null }): boolean {
  return Boolean((config.webhookUrl && config.webhookSecret) || config.smtpUrl);
}
