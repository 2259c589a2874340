package org.mspportal.referencegroup.interfaces.web;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.paging.Page;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.application.Discussion;
import org.mspportal.referencegroup.application.MemberSelf;
import org.mspportal.referencegroup.application.YouSaidWeDidEntry;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;

/** "You said, we did": every suggestion and what became of it, a page at a time, optionally by status. */
@Named
@RequestScoped
public class YouSaidWeDidView {

    @Inject
    Discussion discussion;

    @Inject
    MemberSelf members;

    private Long group;
    private String status;
    private int page = 1;
    private Page<YouSaidWeDidEntry> entries;
    private String refusal;

    public void load() {
        try {
            if (group == null && Forms.isInRole(PortalRole.Names.MEMBER)) {
                group = members.myGroup();
            }
            SuggestionStatus filter = Arrays.stream(SuggestionStatus.values()).filter(s -> s.name().equals(status))
                    .findFirst().orElse(null);
            status = filter == null ? null : filter.name();
            entries = discussion.youSaidWeDid(group == null ? -1 : group, filter, page);
        } catch (Refusal e) {
            refusal = e.getMessage();
        }
    }

    public List<SuggestionStatus> getStatuses() {
        return List.of(SuggestionStatus.values());
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public Page<YouSaidWeDidEntry> getEntries() {
        return entries;
    }

    public String getRefusal() {
        return refusal;
    }
}
