package org.mspportal.search.interfaces.web;

import java.io.IOException;

import org.mspportal.core.web.PageMessages;

/** The core's page messages with the module's own paths. */
final class Forms {

    private Forms() {
    }

    /** Shows the refusal at the top of the page and the page again, as it was typed. */
    static void refuse(String message) {
        PageMessages.refuse(null, message);
    }

    /** Goes to a page of the module (path and query after /search/), with a message shown there. */
    static void redirect(String pathAndQuery, String message) throws IOException {
        PageMessages.redirect("/search/" + pathAndQuery, message);
    }
}
