package org.mspportal.core.batch;

/**
 * How a module resumes an execution of one of its jobs that a stopped server left unfinished, where restarting
 * it with the same parameters is not enough (the figures' run records its restart, and makes sure partitions
 * that had not started yet are counted). A job with no recovery bean is restarted as it was.
 */
public interface JobRecovery {

    /** The job's name, as in its job XML. */
    String job();

    /**
     * Resumes the execution: JBeret's records already say it failed.
     *
     * @return the new execution's id
     */
    long resume(long abandonedExecutionId);
}
