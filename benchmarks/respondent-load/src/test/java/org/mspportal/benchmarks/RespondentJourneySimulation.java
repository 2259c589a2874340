package org.mspportal.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * {@code users} respondents at once, each completing the whole journey {@code journeys} times with a
 * fresh invitation (link, welcome, every question, check, send). With {@code pause} 0 (the default) they
 * start together and never pause: the server's worst case. Otherwise they start over 10 seconds and stay
 * between half and one and a half times {@code pause} seconds on each page. Afterwards every invitation is read back through the practitioner's page:
 * each must be completed exactly once, none lost.
 */
public class RespondentJourneySimulation extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 50);
    static final int JOURNEYS = Integer.getInteger("journeys", 4);
    /** Seconds a respondent spends on each page before moving on; 0 for the worst case. */
    static final int PAUSE = Integer.getInteger("pause", 0);

    /** The pages after "who" for an enquiry with one desired outcome, with the answer given on each. */
    static final List<Map<String, Object>> STEPS = List.of(
            Map.of("step", "who", "answer", "PERSON", "detail", ""),
            Map.of("step", "outcome-1", "answer", "PARTLY", "detail", "The police never came back to me"),
            Map.of("step", "GOT_OUTCOMES", "answer", "PARTLY", "detail", "The police never came back to me"),
            Map.of("step", "CHANCE_TO_SAY", "answer", "YES", "detail", "The police never came back to me"),
            Map.of("step", "LISTENED_TO", "answer", "NO", "detail", "The police never came back to me"),
            Map.of("step", "ACTED_ON_WISHES", "answer", "YES", "detail", "The police never came back to me"),
            Map.of("step", "SAFE_AS_WANTED", "answer", "YES", "detail", "The police never came back to me"),
            Map.of("step", "HAPPIER", "answer", "RATHER_NOT_SAY", "detail", "The police never came back to me"),
            Map.of("step", "feeling-safe", "answer", "ADEQUATELY_SAFE", "detail", ""),
            Map.of("step", "done-better", "answer", "", "detail", "The police never came back to me"),
            Map.of("step", "anything-else", "answer", "", "detail", "The police never came back to me"));

    final List<String> references = new ArrayList<>();
    final ConcurrentLinkedQueue<Map<String, Object>> links = new ConcurrentLinkedQueue<>();

    final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("MSP Portal load test").disableCaching();

    final Iterator<Map<String, Object>> feeder = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return !links.isEmpty();
        }

        @Override
        public Map<String, Object> next() {
            return links.poll();
        }
    };

    static ChainBuilder answer(String name) {
        return exec(http(name).post("/feedback/question.xhtml")
                .formParam("answerForm", "answerForm")
                .formParam("ft", "#{ft}")
                .formParam("step", "#{step}")
                .formParam("answer", "#{answer}")
                .formParam("detail", "#{detail}")
                .formParam("continue", "Continue")
                .formParam("primefaces.nonce", "#{nonce}")
                .formParam("jakarta.faces.ViewState", "stateless")
                .check(status().is(200))
                .check(substring("There is a problem").notExists())
                .check(regex("name=\"primefaces.nonce\" value=\"([^\"]+)\"").saveAs("nonce")));
    }

    final ScenarioBuilder respondent = scenario("respondent").exec(repeat(JOURNEYS).on(
            feed(feeder)
                    .exec(http("link").get("#{path}").check(substring("Before you start")))
                    .exec(http("question page").get("/feedback/question.xhtml?step=who")
                            .check(regex("name=\"ft\" value=\"([^\"]+)\"").saveAs("ft"))
                            .check(regex("name=\"primefaces.nonce\" value=\"([^\"]+)\"").saveAs("nonce")))
                    .exec(foreach(STEPS, "page").on(exec(session -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> page = (Map<String, Object>) session.get("page");
                        return session.set("step", page.get("step")).set("answer", page.get("answer"))
                                .set("detail", page.get("detail"));
                    }).pause(Duration.ofMillis(PAUSE * 500L), Duration.ofMillis(PAUSE * 1500L))
                            .exec(answer("answer and next page"))))
                    .exec(http("send").post("/feedback/check.xhtml")
                            .formParam("sendForm", "sendForm")
                            .formParam("ft", "#{ft}")
                            .formParam("send", "Send my answers")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .formParam("jakarta.faces.ViewState", "stateless")
                            .check(substring("Thank you: your answers have been sent")))
                    .exec(session -> session.set("cookies", null))
                    .exec(io.gatling.javaapi.http.HttpDsl.flushCookieJar())));

    {
        // Without pauses, all arrive at once: the worst case. With pauses, they arrive over a few seconds
        // and linger a random while on each page, as people do, rather than marching in step.
        setUp(respondent.injectOpen(PAUSE == 0 ? atOnceUsers(USERS) : rampUsers(USERS).during(Duration.ofSeconds(10))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        StaffSide staff = new StaffSide(BASE);
        String run = Long.toString(Instant.now().getEpochSecond(), 36).toUpperCase();
        for (int i = 0; i < USERS * JOURNEYS; i++) {
            String reference = "LOAD-" + run + "-" + i;
            references.add(reference);
            links.add(Map.of("path", staff.enquiryWithLetter(reference)));
        }
        System.out.println("Prepared " + references.size() + " invitations.");
    }

    @Override
    public void after() {
        StaffSide staff = new StaffSide(BASE);
        int completedOnce = 0;
        List<String> wrong = new ArrayList<>();
        for (String reference : references) {
            String statuses = staff.invitationStatuses(reference);
            if (statuses.equals("Completed")) {
                completedOnce++;
            } else {
                wrong.add(reference + ": " + statuses);
            }
        }
        System.out.println("Responses counted afterwards: " + completedOnce + " of " + references.size()
                + " invitations completed exactly once; lost or duplicated: " + wrong.size() + " " + wrong);
    }
}
