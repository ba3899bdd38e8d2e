package org.commonground.bench.openspace;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.schedule.Demand;
import org.commonground.core.openspace.schedule.Schedule;
import org.commonground.core.openspace.schedule.ScheduleProblem;
import org.commonground.core.openspace.schedule.Scheduler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scheduler on a large open space: 200 proposals, 10 slots, 20 spaces (every place needed),
 * 2,000 participants. The time is the whole of {@link Scheduler#schedule}, from who chose what to the
 * finished agenda. At the end it prints the agenda's quality: its clashes, the pairs of sessions chosen
 * by one person (what a clash is counted out of), and the sessions left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SchedulerBenchmark {

    @Param("200")
    public int sessions;
    @Param("10")
    public int slots;
    @Param("20")
    public int spaces;
    @Param("2000")
    public int participants;

    private ScheduleProblem problem;
    private long chosenPairs;
    private final Scheduler scheduler = new Scheduler();

    @Setup
    public void makeOpenSpace() {
        problem = OpenSpaceInstance.generate(2026, sessions, slots, spaces, participants);
        Map<MemberRef, Integer> chosen = new HashMap<>();
        for (Demand demand : problem.demands()) {
            demand.people().forEach(person -> chosen.merge(person, 1, Integer::sum));
        }
        chosenPairs = chosen.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
    }

    @Benchmark
    public Schedule schedule() {
        return scheduler.schedule(problem);
    }

    /** The agenda's quality, printed once per fork: the scheduler is deterministic, so every run agrees. */
    @TearDown
    public void reportQuality() {
        Schedule schedule = scheduler.schedule(problem);
        System.out.printf("%nAgenda quality: %d clashes, out of %d pairs of sessions chosen by one person; "
                + "%d sessions left out.%n", schedule.clashes(), chosenPairs, schedule.unplaced().size());
    }
}
