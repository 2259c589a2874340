package org.mspportal.it.referencegroup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalHttpClient;

/** Finding one's way round the reference group pages of the demo group, as the tests do. */
final class ReferenceGroupPages {

    static final Pattern OPEN_TOPIC = Pattern.compile("href=\"[^\"]*/reference-group/topic\\.xhtml\\?id=(\\d+)\">Our adult safeguarding policy");
    static final Pattern CLOSED_TOPIC = Pattern.compile("href=\"[^\"]*/reference-group/topic\\.xhtml\\?id=(\\d+)\">Being told what is happening");
    /** The demo group (tests add others, which may sort before it). */
    static final Pattern GROUP = Pattern.compile("/reference-group/group\\.xhtml\\?id=(\\d+)\">Manage [^<]*No Secrets Reference Group");

    private ReferenceGroupPages() {
    }

    static PortalHttpClient signedIn(Portal.DemoUser user) {
        PortalHttpClient client = new PortalHttpClient();
        client.signIn(user);
        return client;
    }

    static String groupId(PortalHttpClient facilitator) {
        return match(GROUP, facilitator.get("/reference-group/index.xhtml").body());
    }

    static String match(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertTrue(m.find(), "expected " + pattern + " on the page");
        return m.group(1);
    }

    /** A day counted from today, as the portal's forms take it: 27/3/2027. */
    static String dayFromToday(int days) {
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(days);
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }
}
