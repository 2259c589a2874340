package org.mspportal.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A case system calling the REST API with its key, as the council's social care record would. */
public final class CaseSystem {

    private static final Pattern NEW_KEY = Pattern.compile("id=\"newKey\" class=\"secret\">(msp_[A-Za-z0-9_-]+)<");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;
    public final String key;
    public final String clientId;

    public CaseSystem(String key) {
        this(key, "Bearer " + key);
    }

    private CaseSystem(String key, String authorization) {
        this.key = key;
        this.authorization = authorization;
        this.clientId = key == null || !key.startsWith("msp_") ? null : key.substring(4, key.indexOf('_', 4));
    }

    /** A caller that sends this exact Authorization header, or none when it is null. */
    public static CaseSystem withAuthorization(String header) {
        return new CaseSystem(null, header);
    }

    /** An administrator issues a key on the API keys page; the key is read from the page, where it is shown once. */
    public static CaseSystem issuedBy(PortalHttpClient admin, String name) {
        String page = admin.get("/admin/api-clients.xhtml").body();
        HttpResponse<String> issued = admin.submit("/admin/api-clients.xhtml", page, "issue",
                Map.of("name", name, "purpose", "Integration test"), "issueKey");
        Matcher key = NEW_KEY.matcher(issued.body());
        if (!key.find()) {
            throw new AssertionError("No key was shown: " + issued.body());
        }
        return new CaseSystem(key.group(1));
    }

    /** The administrator revokes this system's key on the API keys page. */
    public HttpResponse<String> revokedBy(PortalHttpClient admin) {
        String page = admin.get("/admin/api-clients.xhtml").body();
        Matcher row = Pattern.compile("<code>" + clientId + "</code>.*?name=\"clients:(clientTable:\\d+:revoke)\"",
                Pattern.DOTALL).matcher(page);
        if (!row.find()) {
            throw new AssertionError("No revoke button for " + clientId);
        }
        return admin.submit("/admin/api-clients.xhtml", page, "clients", Map.of(), row.group(1));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Portal.page(path)).header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
