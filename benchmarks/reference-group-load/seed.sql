-- Seeds the demo reference group of a running portal (PostgreSQL, demo mode) up to the size the
-- issue names: 200 members and 10,000 suggestions on one open topic, with answers at every status,
-- support ("I agree") and consent as real groups have it. Fixed seed: the same data every run.
-- Run: psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -f seed.sql
SELECT setseed(0.42);

WITH g AS (SELECT id FROM rg_reference_group ORDER BY id LIMIT 1)
INSERT INTO rg_member (group_id, full_name, first_name, kind, preferred_contact, joined_at)
SELECT g.id, 'Bench Member ' || n, 'Bench' || n,
       (ARRAY['LIVED_EXPERIENCE','CARER','REPRESENTATIVE'])[1 + n % 3], 'PHONE', now() - interval '400 days'
  FROM g, generate_series(1, 200 - (SELECT COUNT(*) FROM rg_member)) AS n;

INSERT INTO rg_consent (member_id, version, practice_learning, quote_anonymously, quote_first_name, recorded_at, recorded_by)
SELECT m.id, 1, random() < 0.7, q, q AND random() < 0.5, now() - interval '399 days', 'benchmark'
  FROM (SELECT id, random() < 0.8 AS q FROM rg_member WHERE full_name LIKE 'Bench Member %') m;

WITH g AS (SELECT id FROM rg_reference_group ORDER BY id LIMIT 1)
INSERT INTO rg_policy_topic (group_id, title, question, easy_read_question, opens_on, closes_on, created_at)
SELECT g.id, 'Benchmark topic: what would make safeguarding better?', 'What one thing would make safeguarding better for you?',
       'What would make things better?', current_date - 365, current_date + 365, now() FROM g;

CREATE TEMP TABLE bench_members AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM rg_member;

INSERT INTO rg_suggestion (topic_id, author_id, body, created_at, held_for_review, status, response, easy_read_response,
                           status_changed_at, first_answered_at, support_count)
SELECT t.id, (SELECT id FROM bench_members WHERE n = 1 + (s.i * 7919) % (SELECT COUNT(*) FROM bench_members)),
       'Suggestion ' || s.i || ': ' || (ARRAY['tell people what is happening', 'ring before visiting', 'meet somewhere familiar',
           'offer an advocate early', 'send letters in Easy Read', 'check back after the enquiry ends'])[1 + s.i % 6],
       now() - (s.i || ' minutes')::interval * 50, FALSE,
       st.status,
       CASE WHEN st.status = 'RECEIVED' THEN NULL ELSE 'The Board considered this and has decided: ' || st.status END,
       CASE WHEN st.status = 'RECEIVED' THEN NULL ELSE 'We looked at your idea.' END,
       now() - (s.i || ' minutes')::interval * 40,
       CASE WHEN st.status = 'RECEIVED' THEN NULL ELSE now() - (s.i || ' minutes')::interval * 40 END,
       0
  FROM generate_series(1, 10000) AS s(i)
  CROSS JOIN (SELECT id FROM rg_policy_topic WHERE title LIKE 'Benchmark topic%') t
  CROSS JOIN LATERAL (SELECT (ARRAY['RECEIVED','BEING_CONSIDERED','ACCEPTED','IN_PROGRESS','DONE','NOT_TAKEN_FORWARD'])[1 + s.i % 6] AS status) st;

INSERT INTO rg_support (suggestion_id, member_id, created_at)
SELECT DISTINCT ON (s.id, m.id) s.id, m.id, s.created_at + interval '1 hour'
  FROM rg_suggestion s
  JOIN rg_policy_topic t ON t.id = s.topic_id AND t.title LIKE 'Benchmark topic%'
  CROSS JOIN LATERAL (SELECT id FROM bench_members WHERE n IN (1 + (s.id * 31) % 200, 1 + (s.id * 17) % 200, 1 + (s.id * 13) % 200)) m
 WHERE m.id <> s.author_id;

UPDATE rg_suggestion s SET support_count = c.n
  FROM (SELECT suggestion_id, COUNT(*) AS n FROM rg_support GROUP BY suggestion_id) c
 WHERE c.suggestion_id = s.id;

ANALYZE rg_member; ANALYZE rg_consent; ANALYZE rg_suggestion; ANALYZE rg_support;

SELECT (SELECT COUNT(*) FROM rg_member) AS members, (SELECT COUNT(*) FROM rg_suggestion) AS suggestions,
       (SELECT COUNT(*) FROM rg_support) AS supports;
