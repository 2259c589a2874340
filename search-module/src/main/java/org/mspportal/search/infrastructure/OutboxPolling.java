package org.mspportal.search.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.search.spi.OutboxDelivery;
import org.mspportal.health.ReadinessBoard;
import org.mspportal.search.application.SearchIndexRebuild;
import org.mspportal.search.application.SearchIndexing;

/**
 * Looks at the search outbox every {@code msp.search.poll-millis} (default 1 second) and applies what is
 * waiting, a batch per transaction, until nothing is left: words are searchable within seconds of being
 * saved. One round at a time on this server (a singleton's timeouts do not overlap). On its first round
 * it checks that the index holds what the table does, and rebuilds the index if not.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxPolling {

    private static final Logger LOG = Logger.getLogger(OutboxPolling.class.getName());
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    @Inject
    @ConfigProperty(name = "msp.search.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    SearchIndexing indexing;

    @Inject
    SearchIndexRebuild rebuild;

    @Inject
    OutboxDelivery outbox;

    @Resource
    TimerService timers;

    private long documents = -1;
    private boolean failing;
    private boolean checked;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(pollMillis, pollMillis, new TimerConfig("search outbox", false));
    }

    @Timeout
    void poll() {
        try {
            if (!checked) {
                checked = true;
                if (!indexing.indexMatchesTable()) {
                    LOG.warning("The search index differs from its table (a stop between a save and the index, or a"
                            + " lost index): rebuilding it.");
                    rebuild.start();
                }
            }
            int applied = 0;
            int round;
            long reported = System.nanoTime();
            do {
                round = indexing.applyWaiting();
                applied += round;
                if (round == SearchIndexing.BATCH && System.nanoTime() - reported > REPORT_EVERY_NANOS) {
                    // A long backlog: say how far it has got while it lasts, not only at its end.
                    report("catching up with the outbox");
                    reported = System.nanoTime();
                }
            } while (round == SearchIndexing.BATCH);
            if (applied > 0 || documents < 0 || failing) {
                failing = false;
                report("up to date with the outbox");
            }
        } catch (RuntimeException e) {
            // No words in the log: only the kind of failure and the entry's number.
            LOG.warning(() -> "A batch of the search outbox failed (" + kind(e) + "): applying its entries one by one.");
            oneByOne();
        }
    }

    /**
     * After a batch failed: each entry in a transaction of its own, so that one entry that cannot be applied
     * (a facet too long for its column, say) is set aside instead of holding up every entry after it. Only when
     * another entry went in on the same round, though: when every entry fails, the fault is more likely the
     * index's or the database's than the entries', and setting them all aside would lose them from search
     * until an administrator looked. They stay waiting and are tried again next round.
     */
    private void oneByOne() {
        try {
            List<Long> failed = new ArrayList<>();
            List<Long> waiting = indexing.waitingIds();
            for (long id : waiting) {
                try {
                    indexing.applyOne(id);
                } catch (RuntimeException e) {
                    failed.add(id);
                    if (!failing) {
                        LOG.warning(() -> "Search outbox entry " + id + " could not be applied (" + kind(e) + ").");
                    }
                }
            }
            if (failed.size() < waiting.size()) {
                for (long id : failed) {
                    outbox.setAside(id);
                    LOG.warning(() -> "Search outbox entry " + id + " set aside: others went in, it did not.");
                }
                failing = false;
            } else if (!failed.isEmpty()) {
                if (!failing) {
                    LOG.warning(() -> "No waiting search outbox entry could be applied: none is set aside; they are tried"
                            + " again every round, and the log says more once one goes in.");
                }
                failing = true;
                contribute("failing: no waiting entry could be applied", true);
            }
        } catch (RuntimeException e) {
            failing = true;
            contribute("failing: " + kind(e), true);
            LOG.warning(() -> "Could not apply the search outbox this round (" + kind(e) + "); trying again next round.");
        }
    }

    private void report(String state) {
        documents = indexing.documents();
        contribute(state, false);
    }

    /**
     * The index's part of readiness. It never keeps the portal out: search is for practice learning, and taking
     * the portal out of service would also stop the people answering their feedback. The data says what is wrong.
     */
    private void contribute(String state, boolean failing) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", state);
        data.put("documents", Math.max(documents, 0));
        data.put("failing", failing);
        try {
            OutboxDelivery.Backlog backlog = outbox.backlog();
            data.put("waiting", backlog.waiting());
            data.put("oldestWaitingSeconds", backlog.oldestWaiting().toSeconds());
            data.put("setAside", backlog.setAside());
        } catch (RuntimeException e) {
            data.put("waiting", "the outbox cannot be read");
        }
        ReadinessBoard.contribute("search-index", new ReadinessBoard.Contribution(!failing, false, data));
    }

    private static String kind(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + (root == e ? "" : ", caused by " + root.getClass().getSimpleName());
    }
}
