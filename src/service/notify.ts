// Notifications carry no personal data: the event, the signal type, the recipient and a link
// into the inbox, where the reader must sign in to see more. Webhooks are signed with
// HMAC-SHA256 over the exact body (header X-KIM-Signature), carry an event id for de-duplication
// and are retried by the queue; e-mail goes out through SMTP (nodemailer).
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

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export async function sendWebhook(url: string, secret: string, notice: Notice): Promise<void> {
  const body = JSON.stringify(notice);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kim-signature': signBody(body, secret), 'x-kim-event-id': notice.eventId },
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
