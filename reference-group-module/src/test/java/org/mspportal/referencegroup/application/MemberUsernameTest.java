package org.mspportal.referencegroup.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mspportal.core.security.Usernames;

class MemberUsernameTest {

    @Test
    void aMembersUsernameIsTheFirstPartOfTheirAddressInLettersUsernamesAllow() {
        assertEquals("alex.jones", Membership.usernameFrom("Alex.Jones@example.org"));
        assertEquals("zoe-o-brien", Membership.usernameFrom("zoë+o'brien@example.org"));
        assertEquals("member-x", Membership.usernameFrom("x@example.org"));
        assertTrue(Usernames.isWellFormed(Membership.usernameFrom("_._@example.org")));
    }
}
