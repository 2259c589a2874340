import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The MSP aggregation job against the hand-written SQL GROUP BY that makes the same SG4a table, on the
 * same PostgreSQL schema, in the same run. A lead presses "Make the figures now" on the portal's page ten
 * times (a cold run, four while the JIT compiles, five steady); the job's time is JBeret's own start and end
 * of the execution. The SQL is timed five times before the job and five after. Run by run.sh.
 * Usage: java -cp postgresql.jar MspAggregationBenchmark.java <portal url> <jdbc url> <period>
 */
public class MspAggregationBenchmark {

    static final String SG4A = "SELECT asked, achieved, COUNT(*) FROM ("
            + " SELECT COALESCE(e.msp_asked, 'NOT_RECORDED') AS asked,"
            + "  CASE WHEN e.msp_asked = 'ASKED_OUTCOMES_EXPRESSED' AND o.n > 0 AND o.unassessed = 0 THEN"
            + "   CASE WHEN o.fully = o.n THEN 'FULLY' WHEN o.nots = o.n THEN 'NOT' ELSE 'PARTIALLY' END"
            + "  ELSE 'NONE' END AS achieved"
            + " FROM survey_enquiry e LEFT JOIN (SELECT enquiry_id, COUNT(*) AS n,"
            + "   SUM(CASE WHEN achievement IS NULL THEN 1 ELSE 0 END) AS unassessed,"
            + "   SUM(CASE WHEN achievement = 'FULLY' THEN 1 ELSE 0 END) AS fully,"
            + "   SUM(CASE WHEN achievement = 'NOT' THEN 1 ELSE 0 END) AS nots"
            + "   FROM survey_desired_outcome GROUP BY enquiry_id) o ON o.enquiry_id = e.id"
            + " WHERE e.concluded_on BETWEEN ? AND ?) x GROUP BY asked, achieved";

    /** The first run, then runs while the JIT is still compiling the job's code, then the measured (steady) runs. */
    static final int COLD_RUNS = 1;
    static final int WARMING_RUNS = 4;
    static final int STEADY_RUNS = 5;

    static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        String portal = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String jdbc = args[1];
        String period = args[2];
        int startYear = Integer.parseInt(period.substring(0, 4));
        java.sql.Date from = java.sql.Date.valueOf(startYear + "-04-01");
        java.sql.Date to = java.sql.Date.valueOf((startYear + 1) + "-03-31");

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            long enquiries = single(db, "SELECT COUNT(*) FROM survey_enquiry");
            List<Long> sqlMillis = new ArrayList<>();
            Map<String, Long> baseline = timeSql(db, from, to, sqlMillis);

            Portal lead = new Portal(portal);
            lead.signIn("demo.lead", "demo-lead-password");
            // The first run is the server's first: its code is not yet compiled (JIT). On a newly started server the
            // next few are still faster each time, as the JIT compiles more (on this two-core machine it has one C2
            // thread). The SQL's runs are warm, so the job's steady runs are compared with them, as JMH measures after
            // warm-up iterations; the cold run and the warming runs are reported beside them, with their own ratios.
            List<Long> jobMillis = new ArrayList<>();
            for (int i = 0; i < COLD_RUNS + WARMING_RUNS + STEADY_RUNS; i++) {
                jobMillis.add(runJob(lead, db, period));
            }
            // The machine's speed drifts within minutes (the SQL's median has moved by a fifth between runs of this
            // benchmark): the SQL is timed again after the job, and its median is over both.
            timeSql(db, from, to, sqlMillis);
            Collections.sort(sqlMillis);
            long coldJob = jobMillis.get(0);
            List<Long> warming = jobMillis.subList(COLD_RUNS, COLD_RUNS + WARMING_RUNS);
            List<Long> steady = jobMillis.subList(COLD_RUNS + WARMING_RUNS, jobMillis.size());
            Map<String, Long> job = sg4a(db, "SELECT f.row_key, f.column_key, f.figure FROM survey_msp_figure f "
                    + "JOIN survey_msp_report r ON r.id = f.report_id WHERE r.period_key = ? AND r.scope_key = 'council' "
                    + "AND f.table_code = 'SG4A'", period);
            long median = sqlMillis.get(sqlMillis.size() / 2);
            System.out.printf("enquiries in database: %d%n", enquiries);
            System.out.printf("SQL GROUP BY, SG4a only, %s: best %d ms, median %d ms (%d runs, warm: half before the job, "
                    + "half after)%n", period, sqlMillis.get(0), median, sqlMillis.size());
            long warmingMedian = median(warming);
            long steadyMedian = median(steady);
            System.out.printf("msp-aggregation job, all %d tables, %s: first run %d ms (cold), then %s ms while the JIT "
                    + "compiles (median %d ms), then %s ms: median %d ms (steady)%n", figureTables(db, period), period,
                    coldJob, warming, warmingMedian, steady, steadyMedian);
            System.out.printf("ratio job / SQL median: %.2f steady (while the JIT compiles: %.2f; first run: %.2f)%n",
                    (double) steadyMedian / median, (double) warmingMedian / median, (double) coldJob / median);
            System.out.println("steps of the last run: " + stepMillis(db));
            System.out.printf("job's SG4a equals the SQL's: %s%n", job.equals(baseline));
            if (!job.equals(baseline)) {
                System.out.println("SQL: " + baseline + "\njob: " + job);
                System.exit(1);
            }
        }
    }

    /** Times the SG4a GROUP BY five times, adding each time to {@code millis}; returns its table. */
    static Map<String, Long> timeSql(Connection db, java.sql.Date from, java.sql.Date to, List<Long> millis) throws Exception {
        Map<String, Long> table = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            table = sg4a(db, SG4A, from, to);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return table;
    }

    /** The upper median, as of the SQL's runs. */
    static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A lead presses "Make the figures now"; the job's time is JBeret's own start and end of the execution. */
    static long runJob(Portal lead, Connection db, String period) throws Exception {
        String page = lead.get("survey/reporting.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period", period);
        fields.put("scope", "council");
        long runsBefore = single(db, "SELECT COUNT(*) FROM survey_msp_run");
        lead.post("survey/reporting.xhtml", form(page, "makeFigures", fields, "make"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (single(db, "SELECT COUNT(*) FROM survey_msp_run") == runsBefore || single(db, "SELECT COUNT(*) FROM "
                + "job_execution WHERE batchstatus = 'COMPLETED' AND jobexecutionid = (SELECT execution_id FROM survey_msp_run "
                + "ORDER BY id DESC LIMIT 1)") == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The job did not finish in 30 minutes");
            }
            if (single(db, "SELECT COUNT(*) FROM job_execution WHERE batchstatus IN ('FAILED', 'STOPPED')") > 0) {
                throw new IllegalStateException("The job failed: see the server's log");
            }
            Thread.sleep(500);
        }
        try (PreparedStatement s = db.prepareStatement("SELECT starttime, endtime FROM job_execution WHERE "
                + "jobexecutionid = (SELECT execution_id FROM survey_msp_run ORDER BY id DESC LIMIT 1)");
             ResultSet r = s.executeQuery()) {
            r.next();
            Timestamp start = r.getTimestamp(1);
            Timestamp end = r.getTimestamp(2);
            return end.getTime() - start.getTime();
        }
    }

    /** Each step's time in the latest run, and the gaps between them: where the job's time goes. */
    static Map<String, Long> stepMillis(Connection db) throws Exception {
        Map<String, Long> steps = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT j.starttime, j.endtime, s.stepname, s.starttime, s.endtime "
                + "FROM job_execution j JOIN step_execution s ON s.jobexecutionid = j.jobexecutionid WHERE j.jobexecutionid = "
                + "(SELECT execution_id FROM survey_msp_run ORDER BY id DESC LIMIT 1) ORDER BY s.stepexecutionid");
             ResultSet r = s.executeQuery()) {
            long previousEnd = -1;
            long jobEnd = 0;
            while (r.next()) {
                if (previousEnd < 0) {
                    previousEnd = r.getTimestamp(1).getTime();
                }
                jobEnd = r.getTimestamp(2).getTime();
                long start = r.getTimestamp(4).getTime();
                long end = r.getTimestamp(5).getTime();
                steps.merge("between steps", start - previousEnd, Long::sum);
                steps.put(r.getString(3), end - start);
                previousEnd = end;
            }
            steps.merge("between steps", jobEnd - previousEnd, Long::sum);
        }
        return steps;
    }

    static Map<String, Long> sg4a(Connection db, String sql, Object... parameters) throws Exception {
        Map<String, Long> table = new TreeMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    table.put(r.getString(1) + "/" + r.getString(2), r.getLong(3));
                }
            }
        }
        return table;
    }

    static long figureTables(Connection db, String period) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(DISTINCT f.table_code) FROM survey_msp_figure f "
                + "JOIN survey_msp_report r ON r.id = f.report_id WHERE r.period_key = ?")) {
            s.setString(1, period);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static long single(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static Map<String, String> form(String page, String formId, Map<String, String> fields, String button) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            values.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.forEach((k, v) -> values.put(formId + ":" + k, v));
        values.put(formId + ":" + button, button);
        return values;
    }

    /** The portal's pages, with cookies, as a browser without JavaScript uses them. */
    static final class Portal {
        final URI base;
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Portal(String base) {
            this.base = URI.create(base);
        }

        void signIn(String user, String password) throws Exception {
            post("login.xhtml", form(get("login.xhtml"), "login", Map.of("username", user, "password", password), "signIn"));
        }

        String get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        String post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
