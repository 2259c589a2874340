package org.mspportal.referencegroup.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.application.MemberSelf;
import org.mspportal.referencegroup.application.ReferenceGroups;
import org.mspportal.referencegroup.application.TopicSummary;
import org.mspportal.referencegroup.application.Topics;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/** Backs the module's landing page: a member's own group, or the groups for staff. */
@Named
@RequestScoped
public class ReferenceGroupHomeView {

    @Inject
    ReferenceGroups groups;

    @Inject
    MemberSelf members;

    @Inject
    Topics topics;

    private List<ReferenceGroup> all;
    private List<TopicSummary> myTopics;
    private Long myGroup;

    public boolean isMember() {
        return Forms.isInRole(PortalRole.Names.MEMBER);
    }

    public List<ReferenceGroup> getGroups() {
        if (all == null) {
            all = isMember() ? List.of() : groups.all();
        }
        return all;
    }

    public long getMyGroup() {
        if (myGroup == null) {
            myGroup = members.myGroup();
        }
        return myGroup;
    }

    public List<TopicSummary> getMyTopics() {
        if (myTopics == null) {
            myTopics = topics.ofGroup(getMyGroup());
        }
        return myTopics;
    }

    public long getUnread() {
        return members.unreadNotifications();
    }
}
