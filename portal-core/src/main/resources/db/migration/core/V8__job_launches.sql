-- Core: which server launched each batch job execution, so that a server coming back from a crash resumes its
-- own unfinished runs (every job, not only the figures) and never one another server in a cluster is running.
CREATE TABLE core_job_launch (
    execution_id BIGINT                   PRIMARY KEY,
    job_name     VARCHAR(128)             NOT NULL,
    server_node  VARCHAR(100)             NOT NULL,
    launched_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX core_job_launch_node ON core_job_launch (server_node);
