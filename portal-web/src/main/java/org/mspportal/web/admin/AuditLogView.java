package org.mspportal.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.audit.AuditEntry;
import org.mspportal.core.paging.Page;
import org.mspportal.core.paging.PageRequest;
import org.mspportal.core.security.UserAdministration;

/** The audit log, newest first, one page of 50 at a time (page number from the address). */
@Named
@RequestScoped
public class AuditLogView {

    static final int PAGE_SIZE = 50;

    @Inject
    UserAdministration administration;

    private int page = 1;
    private List<AuditEntry> entries;
    private long total = -1;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            PageRequest request = PageRequest.of(page, PAGE_SIZE);
            entries = administration.auditLog(request.offset(), request.size());
        }
        return entries;
    }

    public long getTotal() {
        if (total < 0) {
            total = administration.auditLogSize();
        }
        return total;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public boolean isHasNewer() {
        return page > 1;
    }

    public boolean isHasOlder() {
        return Page.of(getEntries(), PageRequest.of(page, PAGE_SIZE), getTotal()).hasNext();
    }
}
