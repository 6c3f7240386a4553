-- Issue 17: the web workplace pages an inbox in the database, deadlines first. With this index a
-- page of a 5,000-signal inbox reads its fifty rows in order instead of every row of the inbox
-- (each with its conditions) to sort them.
CREATE INDEX signals_inbox_page ON signals (recipient_id, state, deadline NULLS LAST, from_date, id) WHERE state <> 'withdrawn';
