-- Core: a team's duty inbox, where safeguarding alerts about its enquiries are sent (optional).
ALTER TABLE core_team ADD COLUMN duty_email VARCHAR(254);
