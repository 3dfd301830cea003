package vn.chitieu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The codes of a file in bounded memory: spilled to a temporary file past the buffers, every repeat found. */
class CodeLedgerTest {

    @Test
    void repeatsAreFoundAcrossLedgersAndSpilledRunsAndTheFileIsDeleted() {
        SplittableRandom random = new SplittableRandom(13);
        int n = 3 * CodeLedger.PARTITIONS * CodeLedger.BUFFER; // each ledger: 1.5 times what its buffers hold
        long[] codes = new long[n];
        for (int i = 0; i < n; i++) {
            codes[i] = random.nextLong() | 1;
        }
        Set<Long> repeated = Set.of(codes[5], codes[n / 2], codes[n - 3]);
        try (CodeLedger a = new CodeLedger(); CodeLedger b = new CodeLedger()) {
            for (int i = 0; i < n; i++) {
                (i % 2 == 0 ? a : b).add(codes[i]);
            }
            a.add(codes[n - 3]); // the same ledger, late: in memory while its first is spilled
            b.add(codes[5]); // the other ledger
            a.add(codes[n / 2]);
            assertThat(a.spilled()).as("spilled").isNotNull().exists();
            assertThat(a.size() + b.size()).isEqualTo(n + 3L);
            assertThat(repeated(List.of(a, b), 0, CodeLedger.PARTITIONS)).isEqualTo(repeated);
            // by partitions: each repeat in the partition counted for it, the groups adding up to all
            int[] counts = CodeLedger.repeatedCounts(List.of(a, b));
            assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(3);
            Set<Long> byGroups = new HashSet<>(repeated(List.of(a, b), 0, 100));
            byGroups.addAll(repeated(List.of(a, b), 100, CodeLedger.PARTITIONS));
            assertThat(byGroups).isEqualTo(repeated);
            a.close();
            assertThat(a.spilledPath()).doesNotExist();
        }
    }

    /** The repeated hashes of partitions [from, to), each once (a second one is a failure). */
    private static Set<Long> repeated(List<CodeLedger> ledgers, int from, int to) {
        Set<Long> out = new HashSet<>();
        CodeLedger.repeated(ledgers, from, to, (p, h) -> assertThat(out.add(h)).as("told once").isTrue());
        return out;
    }

    @Test
    void aSmallFileStaysInMemoryAndHasNoRepeatWhenThereIsNone() {
        try (CodeLedger a = new CodeLedger()) {
            for (int i = 0; i < 10_000; i++) {
                a.add(CodeLedger.hash(("H-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, ("H-" + i).length()));
            }
            assertThat(a.spilled()).isNull();
            assertThat(repeated(List.of(a), 0, CodeLedger.PARTITIONS)).isEmpty();
        }
    }
}
