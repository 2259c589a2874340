package org.mspportal.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes a respondent's browser transfers for each page, as a browser asking for gzip receives them:
 * the status line, the headers and the body as sent. A first visit also fetches the page's style
 * sheet, script and (in Easy Read) pictures; later pages find those in the browser's cache.
 *
 * <pre>mvn -f benchmarks/respondent-load/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.mspportal.benchmarks.PageWeights [-Dbase=http://localhost:8080]</pre>
 */
public final class PageWeights {

    static final Pattern RESOURCE = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PageWeights(String base) {
        this.base = URI.create(base);
    }

    public static void main(String[] args) {
        String base = System.getProperty("base", "http://localhost:8080");
        StaffSide staff = new StaffSide(base);
        String link = staff.enquiryWithLetter("WEIGHT-1-" + Long.toString(Instant.now().getEpochSecond(), 36).toUpperCase());
        PageWeights browser = new PageWeights(base);
        System.out.println("| page | page alone | with its style sheet, script and pictures (first visit) |");
        System.out.println("|---|---|---|");
        long[] start = browser.fetch(link);
        browser.report("start (from the link: a redirect)", start);
        for (String page : List.of("/feedback/welcome.xhtml", "/feedback/question.xhtml?step=who",
                "/feedback/question.xhtml?step=LISTENED_TO", "/feedback/question.xhtml?step=done-better",
                "/feedback/check.xhtml", "/feedback/help.xhtml")) {
            browser.report(page, browser.fetch(page));
        }
        browser.fetch("/feedback/question.xhtml?step=LISTENED_TO&read=easy");
        browser.report("/feedback/question.xhtml?step=LISTENED_TO (Easy Read)",
                browser.fetch("/feedback/question.xhtml?step=LISTENED_TO"));
        browser.report("/feedback/question.xhtml?step=feeling-safe (Easy Read)",
                browser.fetch("/feedback/question.xhtml?step=feeling-safe"));
    }

    /** Returns {page bytes, page plus every resource it names}. */
    long[] fetch(String path) {
        HttpResponse<byte[]> page = get(path);
        long pageBytes = transferred(page);
        long total = pageBytes;
        List<String> resources = new ArrayList<>();
        Matcher m = RESOURCE.matcher(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8));
        while (m.find()) {
            resources.add(m.group(1).replace("&amp;", "&"));
        }
        for (String resource : resources) {
            total += transferred(get(resource));
        }
        return new long[] {pageBytes, total};
    }

    void report(String page, long[] bytes) {
        System.out.printf("| %s | %.1f KB | %.1f KB |%n", page, bytes[0] / 1000.0, bytes[1] / 1000.0);
    }

    static long transferred(HttpResponse<byte[]> response) {
        return "HTTP/1.1 200 OK\r\n".length() + headerBytes(response.headers()) + response.body().length;
    }

    static long headerBytes(HttpHeaders headers) {
        return headers.map().entrySet().stream()
                .mapToLong(e -> e.getValue().stream().mapToLong(v -> e.getKey().length() + 2 + v.length() + 2).sum())
                .sum() + 2;
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
