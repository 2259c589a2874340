package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.application.GroupSummary;
import org.mspportal.referencegroup.application.MemberSelf;
import org.mspportal.referencegroup.application.ReferenceGroups;
import org.mspportal.referencegroup.application.SessionSummary;
import org.mspportal.referencegroup.application.Sessions;
import org.mspportal.referencegroup.application.TopicSummary;
import org.mspportal.referencegroup.application.Topics;

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

    @Inject
    Sessions sessions;

    private List<GroupSummary> all;
    private List<TopicSummary> myTopics;
    private Long myGroup;
    private List<SessionSummary> mySessions;
    private String newName;
    private String newPurpose;

    public boolean isMember() {
        return Forms.isInRole(PortalRole.Names.MEMBER);
    }

    public List<GroupSummary> getGroups() {
        if (all == null) {
            all = isMember() ? List.of() : groups.all();
        }
        return all;
    }

    /** A member account whose membership has ended (or not begun) belongs to no group. */
    public boolean isInGroup() {
        try {
            getMyGroup();
            return true;
        } catch (Refusal e) {
            return false;
        }
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

    public List<SessionSummary> getMySessions() {
        if (mySessions == null) {
            mySessions = sessions.ofGroup(getMyGroup());
        }
        return mySessions;
    }

    public long getUnread() {
        return members.unreadNotifications();
    }

    public void createGroup() throws IOException {
        try {
            long id = groups.create(newName, newPurpose);
            Forms.redirect("group.xhtml?id=" + id, "The group is ready. Add its members next.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "newGroup");
        }
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPurpose() {
        return newPurpose;
    }

    public void setNewPurpose(String newPurpose) {
        this.newPurpose = newPurpose;
    }
}
