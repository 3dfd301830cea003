package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * The cascade solver on 10,000 and 1,000,000 children (weights, baselines with two decimals,
 * readiness between 0.5 and 1, a few own caps) with a target that needs an uplift, so that the
 * break points are sorted and walked. Run: {@code mvn -B -q -pl domain -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class CascadeBenchmark {

    @Param({"10000", "1000000"})
    public int children;

    private List<CascadeChild> list;
    private Cascade cascade;
    private final UnitCode parent = UnitCode.of("parent");
    private final BigDecimal target = new BigDecimal("85");

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2022);
        UnitKind[] kinds = {UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.COMMUNE, UnitKind.COMMUNE};
        list = new ArrayList<>(children);
        for (int i = 0; i < children; i++) {
            BigDecimal weight = BigDecimal.valueOf(random.nextInt(1, 5000));
            BigDecimal baseline = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(0, 10001), 2);
            BigDecimal readiness = BigDecimal.valueOf(random.nextInt(50, 101), 2);
            BigDecimal cap = random.nextInt(20) == 0 ? BigDecimal.valueOf(random.nextInt(85, 100)) : null;
            list.add(new CascadeChild(UnitCode.of("c" + i), null, kinds[i % kinds.length], weight, baseline, readiness, cap));
        }
        cascade = new Cascade(AllocationPolicy.dakLak2022());
        CascadePlan check = cascade.solve(parent, target, list);
        if (check.delta().signum() == 0) {
            throw new IllegalStateException("the benchmark's target needs no uplift; raise it");
        }
    }

    @Benchmark
    public CascadePlan solve() {
        return cascade.solve(parent, target, list);
    }
}
