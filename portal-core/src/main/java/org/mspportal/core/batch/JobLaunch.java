package org.mspportal.core.batch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which server launched a job execution, and when: what crash recovery needs and JBeret's tables do not hold. */
@Entity
@Table(name = "core_job_launch")
public class JobLaunch {

    @Id
    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "job_name", nullable = false, length = 128)
    private String jobName;

    @Column(name = "server_node", nullable = false, length = 100)
    private String serverNode;

    @Column(name = "launched_at", nullable = false)
    private Instant launchedAt;

    protected JobLaunch() {
    }

    JobLaunch(long executionId, String jobName, String serverNode, Instant launchedAt) {
        this.executionId = executionId;
        this.jobName = jobName;
        this.serverNode = serverNode;
        this.launchedAt = launchedAt;
    }
}
