package org.mspportal.search.domain.redaction;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comments redacted per second on one thread: the redactor as the search module uses it (shipped names and
 * the default case reference), over 10,000 comments of the labelled corpus (fixed seed), one after another.
 * In this package to reach the corpus builder of the module's tests.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RedactionBenchmark {

    private Redactor redactor;
    private List<String> comments;
    private int next;

    @Setup
    public void setUp() {
        redactor = Redactor.withShippedNames();
        comments = RedactionCorpus.build(20261123L, 10_000).stream().map(RedactionCorpus.Comment::text).toList();
    }

    @Benchmark
    public String redactOneComment() {
        String comment = comments.get(next);
        next = (next + 1) % comments.size();
        return redactor.redact(comment);
    }
}
