package org.mspportal.referencegroup.interfaces.web;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.application.MemberSelf;

/**
 * Easy Read or standard wording for this sign-in. A member whose access needs include Easy Read starts in
 * Easy Read; anyone can switch with the button at the top of each page.
 */
@Named
@SessionScoped
public class ReadingMode implements Serializable {

    @Inject
    MemberSelf members;

    private Boolean easyRead;

    public boolean isEasyRead() {
        if (easyRead == null) {
            try {
                easyRead = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(PortalRole.Names.MEMBER)
                        && members.me().accessNeeds().contains("Easy Read");
            } catch (Refusal notInAGroup) {
                easyRead = false;
            }
        }
        return easyRead;
    }

    /** Switches, and shows the same page again by GET with its parameters, so the address stays the same. */
    public String toggle() {
        easyRead = !isEasyRead();
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
