package org.mspportal.survey.domain.model.reporting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.core.reporting.ReportingPeriod;

/**
 * One run of the MSP aggregation as leads follow it: the job instance (which keeps its id across
 * restarts), its latest execution, and on which server it ran, so that only that server recovers it
 * after a crash.
 */
@Entity
@Table(name = "survey_msp_run")
@NamedQuery(name = "MspRun.latest", query = "SELECT r FROM MspRun r ORDER BY r.requestedAt DESC, r.id DESC")
@NamedQuery(name = "MspRun.byInstance", query = "SELECT r FROM MspRun r WHERE r.jobInstanceId = :instance")
public class MspRun {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_instance_id", nullable = false, unique = true)
    private long jobInstanceId;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "period_key", nullable = false, length = 20)
    private String periodKey;

    @Column(name = "scope_key", nullable = false, length = 30)
    private String scopeKey;

    @Column(name = "requested_by", nullable = false, length = 80)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "server_node", nullable = false, length = 100)
    private String serverNode;

    @Column(name = "items_expected")
    private Long itemsExpected;

    @Column(name = "failure_reason", length = MAX_REASON)
    private String failureReason;

    @Column(nullable = false)
    private int restarts;

    protected MspRun() {
    }

    public MspRun(long jobInstanceId, long executionId, ReportingPeriod period, ReportScope scope, String requestedBy,
                  Instant requestedAt, String serverNode, long itemsExpected) {
        this.jobInstanceId = jobInstanceId;
        this.executionId = executionId;
        this.periodKey = period.key();
        this.scopeKey = scope.key();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.serverNode = serverNode;
        this.itemsExpected = itemsExpected;
    }

    /** A new execution of the same run: after a failure, or after the server stopped mid-run. */
    public void restarted(long newExecutionId, String onNode) {
        executionId = newExecutionId;
        serverNode = onNode;
        failureReason = null;
        restarts++;
    }

    public void failed(String reason) {
        failureReason = reason == null ? null : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    public Long getId() {
        return id;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getExecutionId() {
        return executionId;
    }

    public ReportingPeriod getPeriod() {
        return ReportingPeriod.parse(periodKey);
    }

    public ReportScope getScope() {
        return ReportScope.parse(scopeKey);
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getServerNode() {
        return serverNode;
    }

    public long getItemsExpected() {
        return itemsExpected == null ? 0 : itemsExpected;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public int getRestarts() {
        return restarts;
    }
}
