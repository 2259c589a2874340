-- Synthetic enquiries for the MSP aggregation benchmark, PostgreSQL only (psql -v n=1000000).
-- Fixed seed: the same data every run. Enquiries start between April 2024 and March 2026; most
-- conclude two to eight weeks later; a fifth of concluded ones have sent feedback. Codes are the
-- portal's own (the enums' names). Case references start BENCH- so the data is easy to remove.
SET max_parallel_workers_per_gather = 0;
SELECT setseed(0.2026);

INSERT INTO survey_enquiry (version, case_reference, team_id, concern_received_on, enquiry_started_on, concluded_on,
    stage, age_band, gender, ethnicity, primary_support_reason, location_of_risk, source_of_risk, mental_capacity,
    capacity_support, risk_assessment_action, risk_outcome, msp_asked, feeling_safe_before, feeling_safe_after,
    created_by, created_at)
SELECT 0, 'BENCH-' || g, 1 + (g % 4), started - 2, started, CASE WHEN closes THEN started + 14 + (g % 43) END,
    CASE WHEN closes THEN 'CLOSURE' ELSE 'CASE_CONFERENCE' END,
    (ARRAY['AGED_18_TO_64','AGED_65_TO_74','AGED_75_TO_84','AGED_85_TO_94','AGED_95_AND_OVER'])[1 + floor(random() * 5)::int],
    (ARRAY['MALE','FEMALE','NOT_KNOWN'])[1 + floor(random() * 3)::int],
    (ARRAY['WHITE','MIXED','ASIAN','BLACK','OTHER','REFUSED','UNDECLARED'])[1 + floor(random() * 7)::int],
    (ARRAY['PHYSICAL','SENSORY','MEMORY_AND_COGNITION','LEARNING_DISABILITY','MENTAL_HEALTH','SOCIAL','NO_SUPPORT_REASON','NOT_KNOWN'])[1 + floor(random() * 8)::int],
    CASE WHEN closes THEN (ARRAY['OWN_HOME','COMMUNITY','COMMUNITY_SERVICE','CARE_HOME_NURSING','CARE_HOME_RESIDENTIAL','HOSPITAL_ACUTE','HOSPITAL_MENTAL_HEALTH','HOSPITAL_COMMUNITY','OTHER'])[1 + floor(random() * 9)::int] END,
    CASE WHEN closes THEN (ARRAY['SERVICE_PROVIDER','KNOWN_TO_INDIVIDUAL','UNKNOWN_TO_INDIVIDUAL'])[1 + floor(random() * 3)::int] END,
    CASE WHEN closes THEN (ARRAY['LACKED_CAPACITY','DID_NOT_LACK_CAPACITY','DONT_KNOW','NOT_RECORDED'])[1 + floor(random() * 4)::int] END,
    NULL,
    CASE WHEN closes THEN (ARRAY['RISK_IDENTIFIED_ACTION_TAKEN','RISK_IDENTIFIED_NO_ACTION','NO_RISK_NO_ACTION','CEASED_AT_REQUEST'])[1 + floor(random() * 4)::int] END,
    CASE WHEN closes THEN (ARRAY['REMAINED','REDUCED','REMOVED'])[1 + floor(random() * 3)::int] END,
    (ARRAY['ASKED_OUTCOMES_EXPRESSED','ASKED_OUTCOMES_EXPRESSED','ASKED_OUTCOMES_EXPRESSED','ASKED_NO_OUTCOMES_EXPRESSED','NOT_ASKED','DONT_KNOW','NOT_RECORDED'])[1 + floor(random() * 7)::int],
    (ARRAY['AS_SAFE_AS_I_WANT','ADEQUATELY_SAFE','LESS_THAN_ADEQUATELY_SAFE','NOT_AT_ALL_SAFE'])[1 + floor(random() * 4)::int],
    CASE WHEN closes THEN (ARRAY['AS_SAFE_AS_I_WANT','ADEQUATELY_SAFE','LESS_THAN_ADEQUATELY_SAFE','NOT_AT_ALL_SAFE'])[1 + floor(random() * 4)::int] END,
    'benchmark', now()
FROM (SELECT g, DATE '2024-04-01' + (g::bigint * 7919 % 730)::int AS started, random() < 0.85 AS closes
      FROM generate_series(1, :n) AS g) AS e;

INSERT INTO survey_enquiry_risk_type (enquiry_id, type_of_risk)
SELECT DISTINCT e.id, (ARRAY['PHYSICAL','SEXUAL','PSYCHOLOGICAL','FINANCIAL_OR_MATERIAL','DISCRIMINATORY','ORGANISATIONAL','NEGLECT_AND_ACTS_OF_OMISSION','DOMESTIC','SEXUAL_EXPLOITATION','MODERN_SLAVERY','SELF_NEGLECT'])[1 + ((e.id * 31 + k * 17) % 11)::int]
FROM survey_enquiry e CROSS JOIN generate_series(1, 2) AS k
WHERE e.case_reference LIKE 'BENCH-%' AND (k = 1 OR e.id % 3 = 0);

INSERT INTO survey_desired_outcome (enquiry_id, position, achievement)
SELECT e.id, k, CASE WHEN e.concluded_on IS NOT NULL THEN (ARRAY['FULLY','FULLY','PARTIALLY','NOT'])[1 + floor(random() * 4)::int] END
FROM survey_enquiry e CROSS JOIN generate_series(1, 3) AS k
WHERE e.case_reference LIKE 'BENCH-%' AND e.msp_asked = 'ASKED_OUTCOMES_EXPRESSED' AND k <= 1 + e.id % 3;

INSERT INTO survey_invitation (enquiry_id, token_hash, code_hash, channel, issued_by, issued_at, expires_at, completed_at)
SELECT e.id, md5('t' || e.id) || md5('u' || e.id), md5('c' || e.id) || md5('d' || e.id), 'LETTER', 'benchmark',
    e.concluded_on + 2, e.concluded_on + 58, e.concluded_on + 9
FROM survey_enquiry e
WHERE e.case_reference LIKE 'BENCH-%' AND e.concluded_on IS NOT NULL AND e.id % 5 = 0;

INSERT INTO survey_feedback_response (invitation_id, enquiry_id, questionnaire_id, started_at, submitted_at, answered_by)
SELECT i.id, i.enquiry_id, (SELECT MIN(id) FROM survey_questionnaire), i.completed_at - INTERVAL '1 hour', i.completed_at,
    (ARRAY['PERSON','PERSON_WITH_HELP','FAMILY_FRIEND_OR_CARER','ADVOCATE_OR_IMCA','STAFF_ON_BEHALF'])[1 + floor(random() * 5)::int]
FROM survey_invitation i WHERE i.issued_by = 'benchmark';

INSERT INTO survey_feedback_reply (response_id, step_key, choice, saved_at)
SELECT r.id, q, CASE WHEN q = 'feeling-safe'
        THEN (ARRAY['AS_SAFE_AS_I_WANT','ADEQUATELY_SAFE','LESS_THAN_ADEQUATELY_SAFE','NOT_AT_ALL_SAFE','RATHER_NOT_SAY'])[1 + floor(random() * 5)::int]
        ELSE (ARRAY['YES','YES','PARTLY','NO','RATHER_NOT_SAY'])[1 + floor(random() * 5)::int] END, r.submitted_at
FROM survey_feedback_response r JOIN survey_invitation i ON i.id = r.invitation_id AND i.issued_by = 'benchmark'
CROSS JOIN unnest(ARRAY['outcome-1','GOT_OUTCOMES','CHANCE_TO_SAY','LISTENED_TO','ACTED_ON_WISHES','SAFE_AS_WANTED','HAPPIER','feeling-safe']) AS q;

-- As autovacuum would leave them in production (it is off on some test machines): hint bits and the
-- visibility map set, so that no run pays for the first reads of freshly inserted rows.
VACUUM ANALYZE;
