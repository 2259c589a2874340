package org.mspportal.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookies, which signs in through the login form like a browser. */
public final class PortalHttpClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

    private final URI base;

    public PortalHttpClient() {
        this(Portal.BASE);
    }

    /** A client of the portal at another address, such as a second test server. */
    public PortalHttpClient(URI base) {
        this.base = base;
    }

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    public HttpResponse<String> get(String path) {
        return get(page(path));
    }

    public URI page(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, List.copyOf(form.entrySet()));
    }

    /** Posts fields in the order given; a name may come more than once (check boxes, lists). */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
        String body = form.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Submits a form as a browser would: the form's hidden fields as rendered on the page (view state,
     * CSP nonce), then the fields given, then the button pressed.
     */
    public HttpResponse<String> submit(String path, String page, String formId, Map<String, String> fields,
                                       String button) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("No form " + formId + " on the page");
        }
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(form);
        while (hidden.find()) {
            values.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.forEach((name, value) -> values.put(formId + ":" + name, value));
        values.put(formId + ":" + button, button);
        return post(path, values);
    }

    /** Signs in through /login.xhtml; returns the response to the form post. */
    public HttpResponse<String> signIn(String username, String password) {
        String page = get("/login.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        return submit("/login.xhtml", page, "login", fields, "signIn");
    }

    public HttpResponse<String> signIn(Portal.DemoUser user) {
        return signIn(user.username, user.password());
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(c -> c.getValue()).findFirst().orElse(null);
    }

    /** Drops a cookie, as a server restart drops the HTTP session the cookie names. */
    public void forgetCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().getURIs()
                        .forEach(uri -> cookies.getCookieStore().remove(uri, c)));
    }

    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No Faces view state on the page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
