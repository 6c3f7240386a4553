// Consents as delivered (one row per consent id, the latest content), and the audit of every change.
import type { Consent } from '../generated/kim-types.js';
import { appendAudit } from '../audit/log.js';
import type { Tx } from './db.js';

/** Stores the consents whose content changed; audits and notes each change for the link stage. Returns the changed ids. */
export async function upsertConsents(tx: Tx, auditKey: string, importId: string, consents: readonly Consent[]): Promise<string[]> {
  const res = await tx.query<{ consent_id: string }>(
    `INSERT INTO consents (consent_id, content_hash, consent, import_id)
     SELECT k.id, k.hash, k.consent, $1 FROM jsonb_to_recordset($2::jsonb) AS k(id text, hash text, consent jsonb)
     ON CONFLICT (consent_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, consent = EXCLUDED.consent, import_id = EXCLUDED.import_id, updated_at = now()
       WHERE consents.content_hash <> EXCLUDED.content_hash
     RETURNING consent_id`,
    [importId, JSON.stringify(consents.map((c) => ({ id: c.consentId, hash: c.contentHash, consent: c })))],
  );
  const changedIds = res.rows.map((r) => r.consent_id);
  if (changedIds.length) {
    // Every consent change is audited: ids and the import, not the consent's content.
    await appendAudit(
      tx,
      auditKey,
      changedIds.map((id) => ({ actor: 'system', action: 'consent_change', subject: id, details: { importId } })),
    );
    await tx.query(`INSERT INTO import_changes (import_id, source, source_record_id) SELECT $1, 'consent', id FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING`, [importId, changedIds]);
  }
  return changedIds;
}
