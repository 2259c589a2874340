import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ways of reading the period's enquiries with their types of risk and outcomes' assessments, timed outside the
 * server on one thread over the benchmark's data (run.sh leaves it in schema msp_bench), with the CPU that this
 * program and its PostgreSQL backend spend (the backend's from /proc, so run it on the database's machine).
 * Shapes: range (the job's: a page of enquiries, then each child table by the page's range of ids), parent
 * (the page alone), any (children by {@code enquiry_id = ANY(page's ids)}), arrays (children as correlated ARRAY
 * subqueries), grouped (pages by windows of 10,000 ids, children grouped per enquiry with array_agg and joined),
 * needed (only the children the counting uses: types of risk of enquiries concluded in the period, assessments of
 * those whose outcomes were expressed, by a join with the page's enquiries; best with plan_cache_mode=force_custom_plan
 * in the URL's options, or the generic plan loops), hashed (the same children, by the page's wanted ids as an array
 * joined with unnest).
 * Usage: java -cp postgresql.jar ReadShapes.java <jdbc url> <shape>   (six passes; the first are warm-up)
 */
public class ReadShapes {

    static final String COLUMNS = "e.id, e.team_id, e.enquiry_started_on, e.concluded_on, e.age_band, e.gender, e.ethnicity, "
            + "e.primary_support_reason, e.location_of_risk, e.source_of_risk, e.risk_assessment_action, e.risk_outcome, "
            + "e.mental_capacity, e.msp_asked, e.feeling_safe_before, e.feeling_safe_after";
    static final String IN_PERIOD = "(e.enquiry_started_on BETWEEN ? AND ? OR e.concluded_on BETWEEN ? AND ?)";
    static final java.sql.Date FROM = java.sql.Date.valueOf("2025-04-01");
    static final java.sql.Date TO = java.sql.Date.valueOf("2026-03-31");
    static final int PAGE = 5000;

    public static void main(String[] args) throws Exception {
        String shape = args[1];
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            int backend;
            try (ResultSet r = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                backend = r.getInt(1);
            }
            long maxId;
            try (ResultSet r = c.createStatement().executeQuery("SELECT MAX(id) FROM survey_enquiry")) {
                r.next();
                maxId = r.getLong(1);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int pass = 1; pass <= 6; pass++) {
                double db = cpuSeconds(backend);
                long own = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long[] read = shape.equals("grouped") ? grouped(c, maxId) : paged(c, shape, maxId);
                System.out.printf("%s pass %d: %d enquiries, %d child rows, %d ms, this program's CPU %d ms, PostgreSQL's %.0f ms%n",
                        shape, pass, read[0], read[1], (System.nanoTime() - start) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - own) / 1_000_000, (cpuSeconds(backend) - db) * 1000);
            }
        }
    }

    static long[] paged(Connection c, String shape, long maxId) throws SQLException {
        long enquiries = 0;
        long children = 0;
        String children1 = shape.equals("any") ? "enquiry_id = ANY(?)" : "enquiry_id BETWEEN ? AND ?";
        boolean needed = shape.equals("needed");
        boolean hashed = shape.equals("hashed");
        String parent = shape.equals("arrays")
                ? "SELECT " + COLUMNS + ", ARRAY(SELECT t.type_of_risk FROM survey_enquiry_risk_type t WHERE t.enquiry_id = e.id),"
                        + " ARRAY(SELECT o.achievement FROM survey_desired_outcome o WHERE o.enquiry_id = e.id ORDER BY o.position)"
                : "SELECT " + COLUMNS;
        try (PreparedStatement page = c.prepareStatement(parent + " FROM survey_enquiry e WHERE e.id > ? AND e.id <= ? AND "
                        + IN_PERIOD + " ORDER BY e.id FETCH FIRST " + PAGE + " ROWS ONLY");
             PreparedStatement risks = c.prepareStatement(hashed
                     ? "SELECT t.enquiry_id, t.type_of_risk FROM survey_enquiry_risk_type t JOIN unnest(?::bigint[]) AS n(id) ON n.id = t.enquiry_id"
                             + " WHERE t.enquiry_id BETWEEN ? AND ? ORDER BY t.enquiry_id"
                     : needed
                     ? "SELECT t.enquiry_id, t.type_of_risk FROM survey_enquiry_risk_type t JOIN survey_enquiry e ON e.id = t.enquiry_id"
                             + " WHERE t.enquiry_id BETWEEN ? AND ? AND e.id BETWEEN ? AND ? AND e.concluded_on BETWEEN ? AND ? ORDER BY t.enquiry_id"
                     : "SELECT enquiry_id, type_of_risk FROM survey_enquiry_risk_type WHERE " + children1 + " ORDER BY enquiry_id");
             PreparedStatement outcomes = c.prepareStatement(hashed
                     ? "SELECT t.enquiry_id, t.achievement FROM survey_desired_outcome t JOIN unnest(?::bigint[]) AS n(id) ON n.id = t.enquiry_id"
                             + " WHERE t.enquiry_id BETWEEN ? AND ? ORDER BY t.enquiry_id, t.position"
                     : needed
                     ? "SELECT t.enquiry_id, t.achievement FROM survey_desired_outcome t JOIN survey_enquiry e ON e.id = t.enquiry_id"
                             + " WHERE t.enquiry_id BETWEEN ? AND ? AND e.id BETWEEN ? AND ? AND e.concluded_on BETWEEN ? AND ?"
                             + " AND e.msp_asked = 'ASKED_OUTCOMES_EXPRESSED' ORDER BY t.enquiry_id, t.position"
                     : "SELECT enquiry_id, achievement FROM survey_desired_outcome WHERE " + children1 + " ORDER BY enquiry_id, position")) {
            long after = 0;
            int got;
            do {
                page.setLong(1, after);
                page.setLong(2, maxId);
                setPeriod(page, 3);
                List<Long> ids = new ArrayList<>(PAGE);
                List<Long> concluded = new ArrayList<>(PAGE);
                List<Long> expressed = new ArrayList<>(PAGE);
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        long id = readEnquiry(r);
                        ids.add(id);
                        LocalDate on = r.getObject(4, LocalDate.class);
                        if (on != null && !on.isBefore(FROM.toLocalDate()) && !on.isAfter(TO.toLocalDate())) {
                            concluded.add(id);
                            if ("ASKED_OUTCOMES_EXPRESSED".equals(r.getString(14))) {
                                expressed.add(id);
                            }
                        }
                        if (shape.equals("arrays")) {
                            children += length(r.getArray(17)) + length(r.getArray(18));
                        }
                    }
                }
                got = ids.size();
                enquiries += got;
                if (got == 0) {
                    break;
                }
                after = ids.get(got - 1);
                if (shape.equals("range") || shape.equals("any") || needed || hashed) {
                    for (PreparedStatement child : List.of(risks, outcomes)) {
                        if (hashed) {
                            List<Long> wanted = child == risks ? concluded : expressed;
                            child.setArray(1, c.createArrayOf("bigint", wanted.toArray()));
                            child.setLong(2, ids.get(0));
                            child.setLong(3, after);
                        } else if (shape.equals("any")) {
                            child.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                        } else {
                            child.setLong(1, ids.get(0));
                            child.setLong(2, after);
                            if (needed) {
                                child.setLong(3, ids.get(0));
                                child.setLong(4, after);
                                child.setDate(5, FROM);
                                child.setDate(6, TO);
                            }
                        }
                        try (ResultSet r = child.executeQuery()) {
                            while (r.next()) {
                                r.getLong(1);
                                r.getString(2);
                                children++;
                            }
                        }
                    }
                }
            } while (got == PAGE);
        }
        return new long[] {enquiries, children};
    }

    static long[] grouped(Connection c, long maxId) throws SQLException {
        long enquiries = 0;
        long children = 0;
        int window = 10_000;
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", r.risks, o.achievements FROM survey_enquiry e"
                + " LEFT JOIN (SELECT enquiry_id, array_agg(type_of_risk) AS risks FROM survey_enquiry_risk_type"
                + "   WHERE enquiry_id > ? AND enquiry_id <= ? GROUP BY enquiry_id) r ON r.enquiry_id = e.id"
                + " LEFT JOIN (SELECT enquiry_id, array_agg(achievement ORDER BY position) AS achievements FROM survey_desired_outcome"
                + "   WHERE enquiry_id > ? AND enquiry_id <= ? GROUP BY enquiry_id) o ON o.enquiry_id = e.id"
                + " WHERE e.id > ? AND e.id <= ? AND " + IN_PERIOD + " ORDER BY e.id")) {
            for (long after = 0; after < maxId; after += window) {
                for (int i = 0; i < 3; i++) {
                    s.setLong(1 + 2 * i, after);
                    s.setLong(2 + 2 * i, after + window);
                }
                setPeriod(s, 7);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        readEnquiry(r);
                        enquiries++;
                        children += length(r.getArray(17)) + length(r.getArray(18));
                    }
                }
            }
        }
        return new long[] {enquiries, children};
    }

    static long readEnquiry(ResultSet r) throws SQLException {
        long id = r.getLong(1);
        r.getLong(2);
        r.getObject(3, LocalDate.class);
        r.getObject(4, LocalDate.class);
        for (int i = 5; i <= 16; i++) {
            r.getString(i);
        }
        return id;
    }

    static void setPeriod(PreparedStatement s, int first) throws SQLException {
        s.setDate(first, FROM);
        s.setDate(first + 1, TO);
        s.setDate(first + 2, FROM);
        s.setDate(first + 3, TO);
    }

    static int length(Array array) throws SQLException {
        return array == null ? 0 : ((Object[]) array.getArray()).length;
    }

    static double cpuSeconds(int pid) throws Exception {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }
}
