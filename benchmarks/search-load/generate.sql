-- Synthetic comments for the search benchmark, PostgreSQL only (psql -v n=1000000), published the way the
-- modules publish: rows of the core's search outbox, which the portal's search module then redacts, tags
-- and indexes. Fixed seed: the same comments every run. Words drawn from sentences people write about a
-- safeguarding enquiry; one comment in five carries an identifier (a name, a phone number, an email, a
-- postcode), so that indexing does the redactor's real work.
SET max_parallel_workers_per_gather = 0;
SELECT setseed(0.2026);

INSERT INTO core_search_outbox (source, document_id, operation, body, facets, written_on, queued_at)
SELECT 'survey', 'bench-' || g, 'PUBLISH',
    s1 || ' ' || s2 || CASE WHEN g % 3 = 0 THEN ' ' || s3 ELSE '' END || CASE g % 5
        WHEN 0 THEN ' ' || (ARRAY['Please ring me on 07700 900', 'My daughter Sarah Jones helped me', 'Write to me at 14 Mill Lane', 'My email is jo.bloggs@example.org', 'I live near NE1 4XF'])[1 + (g % 25) / 5] || (g % 1000)::text
        ELSE '' END,
    'answer=' || (ARRAY['YES','NO','PARTLY','YES'])[1 + floor(random() * 4)::int] || E'\n'
        || 'answeredBy=' || (ARRAY['PERSON','PERSON','PERSON_WITH_HELP','REPRESENTATIVE','STAFF_ON_BEHALF'])[1 + floor(random() * 5)::int] || E'\n'
        || 'kind=feedback' || E'\n'
        || 'person=bench-enquiry-' || (1 + floor(random() * 300000))::int || E'\n'
        || 'quarter=' || (ARRAY['2024-25+Q1','2024-25+Q2','2024-25+Q3','2024-25+Q4','2025-26+Q1','2025-26+Q2','2025-26+Q3','2025-26+Q4'])[1 + floor(random() * 8)::int] || E'\n'
        || 'question=' || (ARRAY['outcome','LISTENED_TO','INVOLVED','INFORMED','SAFER','RESPECTED','DIFFERENCE','WHAT_HELPED'])[1 + floor(random() * 8)::int] || E'\n'
        || 'team=' || (1 + floor(random() * 10))::int || E'\n'
        || 'typesOfRisk=' || (ARRAY['PHYSICAL','NEGLECT_AND_ACTS_OF_OMISSION','FINANCIAL_OR_MATERIAL','PSYCHOLOGICAL','DOMESTIC','SELF_NEGLECT','ORGANISATIONAL','SEXUAL'])[1 + floor(random() * 8)::int],
    DATE '2024-04-01' + (g % 730), now()
FROM (SELECT g,
        (ARRAY['Nobody told me what was happening for weeks.', 'The social worker listened to me.', 'The police never came back to me.',
               'I wanted my son to get help, not to be arrested.', 'I felt safer once the locks were changed.', 'Too many different people came.',
               'My advocate made sure they heard me at the meeting.', 'The care agency still sends different carers every week.',
               'I got my money back from the bank.', 'I did not understand the letters you sent me.', 'It took too long to get a decision.',
               'They asked me what I wanted and did it.', 'I was scared to go out after dark.', 'The manager of the care home was rude.',
               'Someone explained everything in easy words.', 'My family were kept informed.', 'The phone calls have stopped now.',
               'I still do not feel safe at home.', 'They promised to ring me back but never did.', 'The meeting was held without me.'])[1 + floor(random() * 20)::int] AS s1,
        (ARRAY['I was listened to.', 'Nobody asked my view.', 'The court case is still waiting.', 'My carer helped me understand.',
               'I want to stay in my own home.', 'The neighbours were frightened too.', 'I lost confidence for a while.',
               'The nurse noticed the bruises.', 'I could choose who came to the meeting.', 'The bank stopped the scam in time.',
               'My daughter spoke for me when I could not.', 'Waiting was the hardest part.', 'I felt involved in every decision.',
               'The officer was very kind.', 'They kept saying it was being looked into.', 'I would like the same worker every time.',
               'The staff changed too often.', 'I felt respected.', 'The letters were confusing.', 'It made a real difference.'])[1 + floor(random() * 20)::int] AS s2,
        (ARRAY['Thank you for listening.', 'I hope others get the same help.', 'It still worries me.', 'I am more independent now.',
               'I would tell a friend to ask for help.', 'The advocate was the best part.', 'Please tell people what happens next.',
               'My money is safe now.', 'The police and the council did not talk to each other.', 'I am glad it is over.'])[1 + floor(random() * 10)::int] AS s3
      FROM generate_series(1, :n) AS g) AS c;
