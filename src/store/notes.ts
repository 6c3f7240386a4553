// Notes on a signal: what a reader writes about the person is personal data. Stored here, read
// and written only through the signal's inbox (so by whoever may see the signal), audited, and
// deleted with the person's data when an erasure reaches their signals (neutraliseErased in src/store/signals.ts).
import type { Db } from '../store/db.js';

export interface Note {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
}

export const NOTE_MAX = 4000;

export async function notesOf(db: Db, signalId: string): Promise<Note[]> {
  const rows = await db.query<{ id: string; author: string; body: string; created_at: Date }>('SELECT id, author, body, created_at FROM signal_notes WHERE signal_id = $1 ORDER BY id', [signalId]);
  return rows.rows.map((r) => ({ id: String(r.id), author: r.author, body: r.body, createdAt: r.created_at }));
}

export async function addNote(db: Db, note: { signalId: string; kimId: string; author: string; body: string }): Promise<string> {
  const res = await db.query<{ id: string }>('INSERT INTO signal_notes (signal_id, kim_id, author, body) VALUES ($1, $2, $3, $4) RETURNING id', [note.signalId, note.kimId, note.author, note.body]);
  return String(res.rows[0]!.id);
}
