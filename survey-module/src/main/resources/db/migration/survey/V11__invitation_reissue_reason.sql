-- Survey module: why a safeguarding lead invited a person again after they had given their feedback.
ALTER TABLE survey_invitation ADD COLUMN reissue_reason VARCHAR(500);
