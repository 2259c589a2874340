package org.mspportal.it.support;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Calls made from inside the server (Arquillian, not as a client) as a demo user, signed in through the
 * server's own security domain: the role checks of the services are the ones a page meets.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(Portal.DemoUser user, PrivilegedExceptionAction<T> call) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().authenticate(user.username,
                new PasswordGuessEvidence(user.password().toCharArray()));
        try {
            return identity.runAs(call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }
}
