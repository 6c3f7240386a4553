-- A signal's day is the evaluation date (the Stichtag) of the evaluation that raised it, not the
-- wall clock of the insert: the controlling report counts signals per month, and a hub that
-- evaluates as of a pinned date (demo, tests, a re-evaluation) must count them in that date's
-- month. In production the Stichtag is today, so both agree.
ALTER TABLE signals ADD COLUMN raised_on date;
UPDATE signals SET raised_on = (created_at AT TIME ZONE 'Europe/Berlin')::date;
ALTER TABLE signals ALTER COLUMN raised_on SET NOT NULL;
