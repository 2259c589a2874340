package org.mspportal.it.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server in the test JVM, where the test server's mail session sends (127.0.0.1:3025, set in
 * arquillian.xml). A test class registers it once: {@code @RegisterExtension static final GreenMailExtension smtp =
 * TestMail.server();} and it runs for the whole class.
 */
public final class TestMail {

    private TestMail() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }
}
