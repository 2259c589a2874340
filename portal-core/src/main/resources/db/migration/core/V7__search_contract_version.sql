-- Core: the outbox holds version 2 of the practice-learning contract: a typed kind and author of its own,
-- attributes under the platform's names. Entries queued before (version 1, each module's own keys) still read.
ALTER TABLE core_search_outbox ADD COLUMN contract_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE core_search_outbox ADD COLUMN kind VARCHAR(40);
ALTER TABLE core_search_outbox ADD COLUMN author VARCHAR(100);
