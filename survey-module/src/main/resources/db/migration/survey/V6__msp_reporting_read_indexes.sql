-- Survey module: indexes that hold everything the msp-aggregation job reads of outcomes' assessments and
-- feedback replies, so each page's look-up is read from the index alone, in order, without visiting the
-- table or sorting (PostgreSQL's index-only scans; measured in docs/benchmarks.md). The unique constraints
-- on (enquiry_id, position) and (response_id, step_key) stay: they are the rules; these are for reading.
CREATE INDEX survey_desired_outcome_assessments ON survey_desired_outcome (enquiry_id, position, achievement);
CREATE INDEX survey_feedback_reply_choices ON survey_feedback_reply (response_id, step_key, choice);
