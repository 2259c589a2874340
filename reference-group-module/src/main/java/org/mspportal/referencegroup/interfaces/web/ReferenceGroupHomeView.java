package org.mspportal.referencegroup.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.referencegroup.application.ReferenceGroups;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/** Backs the reference group module's landing page. */
@Named
@RequestScoped
public class ReferenceGroupHomeView {

    @Inject
    ReferenceGroups groups;

    private List<ReferenceGroup> all;

    public List<ReferenceGroup> getGroups() {
        if (all == null) {
            all = groups.all();
        }
        return all;
    }
}
