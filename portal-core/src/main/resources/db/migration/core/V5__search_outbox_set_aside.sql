-- Core: an outbox entry the search module could not apply, even on its own, is set aside (with when)
-- instead of holding up every entry after it; the search module reports how many are set aside.
ALTER TABLE core_search_outbox ADD COLUMN set_aside_at TIMESTAMP WITH TIME ZONE;
