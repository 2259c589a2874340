package org.mspportal.referencegroup.application;

import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/** A reference group as its pages show it: the views hold this, never the entity. */
public record GroupSummary(long id, String name, String purpose) {

    static GroupSummary of(ReferenceGroup group) {
        return new GroupSummary(group.getId(), group.getName(), group.getPurpose());
    }
}
