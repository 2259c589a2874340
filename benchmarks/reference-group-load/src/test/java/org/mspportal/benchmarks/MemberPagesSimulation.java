package org.mspportal.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * {@code users} reference group members, signed in, reading for {@code seconds} seconds: a random page of
 * the benchmark topic's suggestions (10,000, 20 a page), then a random page of "you said, we did" (all or one
 * status). With {@code pause} 0 they never pause (the worst case); otherwise they stay between half and one
 * and a half times {@code pause} seconds on each page.
 */
public class MemberPagesSimulation extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 20);
    static final int SECONDS = Integer.getInteger("seconds", 120);
    static final int PAUSE = Integer.getInteger("pause", 0);
    static final List<String> STATUSES = List.of("", "", "RECEIVED", "BEING_CONSIDERED", "ACCEPTED", "IN_PROGRESS", "DONE", "NOT_TAKEN_FORWARD");
    static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"";
    static final String NONCE = "name=\"primefaces.nonce\" value=\"([^\"]+)\"";

    final long topicId = benchmarkTopic();

    final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("MSP Portal load test").disableCaching();

    final ScenarioBuilder member = scenario("member")
            .exec(http("sign-in page").get("/login.xhtml").check(regex(VIEW_STATE).saveAs("viewState"))
                    .check(regex(NONCE).saveAs("nonce")))
            .exec(http("sign in").post("/login.xhtml")
                    .formParam("login", "login")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .formParam("login:username", "demo.member")
                    .formParam("login:password", "demo-member-password")
                    .formParam("login:signIn", "Sign in")
                    .check(substring("Sign out")))
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(session -> session.set("page", 1 + ThreadLocalRandom.current().nextInt(500)))
                            .exec(http("suggestion list").get("/reference-group/topic.xhtml?id=" + topicId + "&page=#{page}")
                                    .check(substring("Benchmark topic")).check(substring("people agree")))
                            .pause(Duration.ofMillis(PAUSE * 500L), Duration.ofMillis(PAUSE * 1500L))
                            .exec(session -> {
                                String status = STATUSES.get(ThreadLocalRandom.current().nextInt(STATUSES.size()));
                                int pages = status.isEmpty() ? 500 : 80;
                                return session.set("status", status).set("page", 1 + ThreadLocalRandom.current().nextInt(pages));
                            })
                            .exec(http("you said, we did").get("/reference-group/you-said-we-did.xhtml?status=#{status}&page=#{page}")
                                    .check(substring("We did:")))
                            .pause(Duration.ofMillis(PAUSE * 500L), Duration.ofMillis(PAUSE * 1500L)));

    {
        setUp(member.injectOpen(PAUSE == 0 ? atOnceUsers(USERS) : rampUsers(USERS).during(Duration.ofSeconds(10))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** The id of the topic seed.sql made, read from the member's own home page. */
    static long benchmarkTopic() {
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String login = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher viewState = Pattern.compile(VIEW_STATE).matcher(login);
            Matcher nonce = Pattern.compile(NONCE).matcher(login);
            if (!viewState.find() || !nonce.find()) {
                throw new IllegalStateException("No sign-in form at " + BASE);
            }
            String form = "login=login&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8)
                    + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8)
                    + "&login%3Ausername=demo.member&login%3Apassword=demo-member-password&login%3AsignIn=Sign+in";
            client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String home = client.send(HttpRequest.newBuilder(URI.create(BASE + "/reference-group/index.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher topic = Pattern.compile("topic\\.xhtml\\?id=(\\d+)\">Benchmark topic").matcher(home);
            if (!topic.find()) {
                throw new IllegalStateException("No benchmark topic: run seed.sql first");
            }
            return Long.parseLong(topic.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
