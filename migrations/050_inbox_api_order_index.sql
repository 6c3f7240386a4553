-- Issue 18: the API pages an inbox with a keyset cursor in its own order, no deadline counting
-- as the latest day (src/store/read/inbox.ts). With this index a page is a range of the index
-- read in order, however large the inbox, instead of every row of the inbox sorted per read.
CREATE INDEX signals_inbox_api ON signals (recipient_id, coalesce(deadline, 'infinity'::date), from_date, id) WHERE state <> 'withdrawn';
