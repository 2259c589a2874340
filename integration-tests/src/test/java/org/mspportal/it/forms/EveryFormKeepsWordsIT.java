package org.mspportal.it.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.ForeignText;
import org.mspportal.it.support.HtmlForm;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * Walks every form of the portal, as every role and as a respondent: follows the links each one can see
 * from the home page, fills every text field of every form with words in Welsh, Polish, Urdu, curly quotes,
 * emoji and a combining accent (each field's words marked with a number), and presses the form's button.
 * The words must come back exactly as typed: on the page that answers (a refused form shows what was
 * typed; a saved one shows what was saved), or, for forms whose words go where no page shows them at
 * once, in the database. Nowhere, on any page or in any column, may they appear double-encoded, and no
 * form may answer with a server error. The forms are found, not listed: a new form is walked too.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryFormKeepsWordsIT {

    /** Buttons the walk never presses: they end, take away or publish rather than keep what was typed. */
    private static final Pattern LEAVE_ALONE = Pattern.compile(
            "(?i).*(sign out|revoke|withdraw|delete|remove|disable|hide|rebuild|publish|send my answers|reset|"
                    + "unlock|cancel|make the figures|restart|leave|stop|close the enquiry).*");
    private static final Pattern SKIPPED_LINKS = Pattern.compile(
            "(?i).*(logout|/api/|openapi|export|download|\\.csv|\\.xlsx|\\.pdf|/feedback/leave|jakarta\\.faces\\.resource).*");
    private static final int MAX_PAGES_PER_ROLE = 70;
    private static final Path UNSEEN = Path.of(System.getProperty("java.io.tmpdir"), "msp-form-walk-unseen.txt");

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource database;

    @Deployment
    static EnterpriseArchive portal() {
        EnterpriseArchive ear = PortalDeployment.withTestClasses(EveryFormKeepsWordsIT.class, ForeignText.class,
                HtmlForm.class, PortalHttpClient.class, Portal.class, Portal.DemoUser.class, FeedbackFixture.class,
                FeedbackFixture.Letter.class, Walk.class);
        WebArchive war = ear.getAsType(WebArchive.class, PortalDeployment.WAR);
        war.addPackages(true, Jsoup.class.getPackage());
        return ear;
    }

    /** What the walk found and did. */
    static final class Walk {
        final List<String> problems = new ArrayList<>();
        final List<String> unseen = new ArrayList<>();
        /** Forms a role is shown but may not use: the service refuses them (least privilege is issue 20's). */
        final List<String> refused = new ArrayList<>();
        final Set<String> formsWalked = new TreeSet<>();
        int marker;

        String words(int n) {
            return ForeignText.MIXED + " #" + n;
        }
    }

    @Test
    @Order(1)
    @RunAsClient
    void everyFormOfEveryRoleGivesBackTheWordsTypedExactly() throws IOException {
        Walk walk = new Walk();
        for (Portal.DemoUser user : Portal.DemoUser.values()) {
            PortalHttpClient client = new PortalHttpClient();
            client.signIn(user);
            walkFrom(client, "/index.xhtml", user.name(), walk, path -> !path.startsWith("/feedback/"));
        }
        PortalHttpClient respondent = new PortalHttpClient();
        FeedbackFixture.Letter letter = FeedbackFixture.enquiryWithLetter("I want to stay in my own home");
        follow(respondent, respondent.get(letter.path()));
        for (String step : List.of("who", "outcome-1", "LISTENED_TO", "anything-else")) {
            walkFrom(respondent, "/feedback/question.xhtml?step=" + step, "RESPONDENT " + step, walk,
                    path -> path.startsWith("/feedback/"));
        }
        walkFrom(respondent, "/feedback/start.xhtml", "VISITOR", walk, path -> path.startsWith("/feedback/"));
        System.out.println("Form walk: " + walk.formsWalked.size() + " forms; refused to the role shown them: "
                + walk.refused);

        Files.write(UNSEEN, walk.unseen, StandardCharsets.UTF_8);
        assertTrue(walk.formsWalked.size() >= 20, "the walk found too few forms to prove anything: " + walk.formsWalked);
        assertTrue(walk.formsWalked.stream().anyMatch(f -> f.startsWith("RESPONDENT outcome-1 /feedback/question.xhtml")),
                "the respondent's question form was walked: " + walk.formsWalked);
        assertEquals(List.of(), walk.problems, "forms walked: " + walk.formsWalked);
    }

    @Test
    @Order(2)
    void wordsThatNoPageShowedBackAreStoredExactlyAndNothingStoredIsDoubleEncoded() throws Exception {
        List<String> unseen = Files.readAllLines(UNSEEN, StandardCharsets.UTF_8);
        String garbled = ForeignText.garbled("ŵŷ it’s");
        // A form passes when the words of at least one of its fields are kept: a field can matter only with
        // another button (a reason for keeping words hidden, when the walk pressed "show to the group").
        Set<String> missing = new TreeSet<>();
        unseen.forEach(entry -> missing.add(entry.substring(0, entry.indexOf('\t'))));
        List<String> garbledColumns = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            for (String column : textColumns(c)) {
                String table = column.substring(0, column.indexOf('.'));
                String name = column.substring(column.indexOf('.') + 1);
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT " + name + " FROM " + table + " WHERE " + name + " LIKE ? OR " + name + " LIKE ?")) {
                    s.setString(1, "%" + ForeignText.MIXED.substring(0, 4) + "%");
                    s.setString(2, "%" + garbled.substring(0, 6) + "%");
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            String value = r.getString(1);
                            unseen.stream().filter(entry -> value.contains(entry.substring(entry.indexOf('\t') + 1)))
                                    .forEach(entry -> missing.remove(entry.substring(0, entry.indexOf('\t'))));
                            if (value.contains(garbled.substring(0, 6))) {
                                garbledColumns.add(column);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), garbledColumns, "columns holding double-encoded words");
        assertEquals(Set.of(), missing, "forms whose words were neither shown back nor stored exactly");
    }

    private static List<String> textColumns(Connection c) throws SQLException {
        List<String> columns = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        try (ResultSet r = meta.getColumns(null, schema, "%", "%")) {
            while (r.next()) {
                String table = r.getString("TABLE_NAME");
                String type = r.getString("TYPE_NAME").toLowerCase();
                boolean ours = table.toLowerCase().matches("(core|survey|rg|search)_.*");
                if (ours && (type.contains("char") || type.contains("text") || type.contains("clob"))) {
                    columns.add(table + "." + r.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private void walkFrom(PortalHttpClient client, String start, String who, Walk walk,
                          java.util.function.Predicate<String> inScope) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES_PER_ROLE) {
            String path = queue.poll();
            if (!seen.add(shape(path))) {
                continue;
            }
            HttpResponse<String> response = follow(client, client.get(path));
            pages++;
            if (response.statusCode() >= 500) {
                walk.problems.add(who + " GET " + path + " answered " + response.statusCode());
                continue;
            }
            String html = response.body();
            for (String link : links(html)) {
                if (inScope.test(link) && !SKIPPED_LINKS.matcher(link).matches() && !seen.contains(shape(link))) {
                    queue.add(link);
                }
            }
            for (HtmlForm form : HtmlForm.on(html, client.page(path))) {
                walkForm(client, who, path, form, walk);
            }
        }
    }

    private void walkForm(PortalHttpClient client, String who, String path, HtmlForm form, Walk walk) {
        List<String> fields = form.textFields();
        Optional<String> button = form.buttons().stream()
                .filter(b -> !LEAVE_ALONE.matcher(b.getValue() + " " + b.getKey()).matches())
                .map(Map.Entry::getKey).findFirst();
        String name = who + " " + pathOnly(path) + " #" + form.id();
        if (fields.isEmpty() || button.isEmpty() || !form.postsBack() || !walk.formsWalked.add(name)) {
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        List<String> markers = new ArrayList<>();
        for (String field : fields) {
            String words = walk.words(++walk.marker);
            typed.put(field, words);
            markers.add(words);
        }
        HttpResponse<String> answer = follow(client, client.post(form.actionPath(),
                form.submission(typed, button)));
        String body = answer.body();
        if (answer.statusCode() >= 500) {
            walk.problems.add(name + " answered " + answer.statusCode() + " to words typed in " + fields);
            return;
        }
        if (body.contains(ForeignText.garbled("ŵŷ").substring(0, 3))) {
            walk.problems.add(name + " showed the words double-encoded");
        }
        if (answer.statusCode() == 403) {
            walk.refused.add(name);
            return;
        }
        String shown = HtmlForm.visibleWords(body);
        boolean anyShown = markers.stream().anyMatch(shown::contains);
        if (!anyShown) {
            markers.forEach(m -> walk.unseen.add(name + " (answered " + answer.statusCode() + ")\t" + m));
        }
    }

    /** Follows redirects as a browser would, to the page the person ends on. */
    private static HttpResponse<String> follow(PortalHttpClient client, HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 4 && current.statusCode() / 100 == 3; hops++) {
            Optional<String> location = current.headers().firstValue("Location");
            if (location.isEmpty()) {
                break;
            }
            URI next = current.uri().resolve(location.get());
            if (!next.getHost().equals(Portal.BASE.getHost())) {
                break;
            }
            current = client.get(next);
        }
        return current;
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Jsoup.parse(html, Portal.BASE.toString()).select("a[href]").forEach(a -> {
            URI target = URI.create(a.absUrl("href").replace(" ", "%20").replaceAll("#.*$", ""));
            if (Portal.BASE.getHost().equals(target.getHost()) && target.getPath() != null
                    && (target.getPath().endsWith(".xhtml") || target.getPath().endsWith("/"))) {
                links.add(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
            }
        });
        return links;
    }

    /** A page's kind: its path and the names of its parameters (one enquiry stands for them all). */
    private static String shape(String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return path;
        }
        Set<String> names = new TreeSet<>();
        for (String pair : path.substring(q + 1).split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return path.substring(0, q) + names;
    }

    private static String pathOnly(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
