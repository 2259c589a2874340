/**
 * Batch jobs, once for every module: {@link org.mspportal.core.batch.JobRuns} launches and restarts executions
 * recording which server ran them, follows a job's latest run, and purges old history;
 * {@link org.mspportal.core.batch.AbandonedJobRecovery} resumes, when a server starts, the executions it left
 * unfinished when it last stopped, each job as its module says ({@link org.mspportal.core.batch.JobRecovery}).
 */
package org.mspportal.core.batch;
