package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.common.InputProblem;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.result.Result;
import vn.chitieu.unit.UnitCode;

/** What every implementation of {@link vn.chitieu.port.out.Results} must do. */
public abstract class ResultsContract extends ContractSupport {

    private static final IndicatorCode ONLINE_RATE = IndicatorCode.of("ONLINE_RATE");
    private static final IndicatorCode ON_TIME_RATE = IndicatorCode.of("ON_TIME_RATE");
    private static final Period Y2021 = Period.year(2021);
    private static final Period Q1_2018 = Period.quarter(2018, 1);
    private static final UnitCode SO_CONG_THUONG = UnitCode.of("so-cong-thuong");
    private static final UnitCode BAN_QUAN_LY = UnitCode.of("ban-quan-ly-cac-khu-cong-nghiep-tinh");

    @BeforeEach
    void registerTheSeedUnits() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        markAudit();
    }

    private Result stored(UnitCode unit) {
        return storage.results().find(ONLINE_RATE, Y2021).stream().filter(r -> r.unit().equals(unit)).findFirst()
                .orElseThrow();
    }

    @Test
    void importingTheSeedBaselineStoresEveryRate() {
        ImportSummary summary = imports.importResults(Seeds.dakLakBaseline(), by(LAN));

        assertThat(summary.inserted()).isEqualTo(33);
        assertThat(summary.errors()).isEmpty();
        assertThat(storage.results().find(ONLINE_RATE, Y2021)).hasSize(33);
        assertThat(stored(SO_CONG_THUONG).rate()).isEqualByComparingTo("99.96");
        assertThat(stored(SO_CONG_THUONG).procedures()).isEqualTo(118);
        assertThat(storage.results().find(ONLINE_RATE, Period.year(2022))).isEmpty();
    }

    @Test
    void notAvailableStaysNotAvailableNeverZero() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));

        Result none = stored(BAN_QUAN_LY);

        assertThat(none.rate()).isNull();
        assertThat(none.value()).isNull();
        assertThat(none.hasCounts()).isFalse();
    }

    @Test
    void resultsComeBackOrderedByIndicatorPeriodAndUnit() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));

        List<String> units = storage.results().all().stream().map(r -> r.unit().value()).toList();

        assertThat(units).isSorted().hasSize(33);
    }

    @Test
    void reImportingTheSameFileChangesNothingAndSaysSo() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));
        int audit = storage.auditLog().all().size();
        int batches = storage.importBatches().all().size();

        ImportSummary again = imports.importResults(Seeds.dakLakBaseline(), by(LAN));

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(33);
        assertThat(storage.auditLog().all()).hasSize(audit);
        assertThat(storage.importBatches().all()).hasSize(batches);
        assertThat(storage.results().all()).hasSize(33);
    }

    @Test
    void aRateWrittenWithMoreDigitsIsTheSameRate() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));
        ImportFile<Result> sameValue = withLine(Seeds.dakLakBaseline(), 2,
                r -> new Result(r.unit(), r.indicator(), r.period(), null, null, new BigDecimal("99.960"), r.procedures(),
                        null));

        ImportSummary summary = imports.importResults(sameValue, by(LAN));

        assertThat(summary.unchanged()).isEqualTo(33);
    }

    @Test
    void aChangedResultIsCountedUpdatedAndAuditedWithOldAndNewValue() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));
        ImportFile<Result> corrected = withLine(Seeds.dakLakBaseline(), 2,
                r -> Result.ofCounts(r.unit(), r.indicator(), r.period(), 9_996, 10_000));

        ImportSummary summary = imports.importResults(corrected, by(MINH).withReason("số liệu iGate"));

        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(32);
        assertThat(stored(SO_CONG_THUONG).numerator()).isEqualTo(9_996);
        assertThat(stored(SO_CONG_THUONG).rate()).isNull();
        assertThat(auditSinceSetUp()).filteredOn(e -> e.action() == AuditAction.RESULT_CHANGED).singleElement()
                .satisfies(e -> {
                    assertThat(e.subject()).isEqualTo("result/ONLINE_RATE/so-cong-thuong/2021");
                    assertThat(e.oldValue()).isEqualTo("rate=99.96; procedures=118");
                    assertThat(e.newValue()).isEqualTo("numerator=9996; denominator=10000");
                    assertThat(e.actor()).isEqualTo(MINH);
                    assertThat(e.reason()).isEqualTo("số liệu iGate");
                });
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == ImportKind.RESULTS).last()
                .satisfies(b -> {
                    assertThat(b.updated()).isEqualTo(1);
                    assertThat(b.unchanged()).isEqualTo(32);
                });
    }

    @Test
    void anImportThatChangesSomethingRecordsItsBatchInTheAuditLog() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));

        assertThat(auditSinceSetUp()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.RESULTS_IMPORTED);
            assertThat(e.subject()).isEqualTo("import/" + Seeds.BASELINE);
            assertThat(e.newValue()).isEqualTo("inserted=33; updated=0; unchanged=0");
        });
    }

    @Test
    void aFileWithOneBadRowLeavesStorageUntouchedAndNamesTheRow() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));
        ImportFile<Result> bad = withLine(Seeds.dakLakBaseline(), 2,
                r -> Result.ofRate(r.unit(), r.indicator(), r.period(), new BigDecimal("50")));
        bad = withLine(bad, 7, r -> Result.ofRate(UnitCode.of("so-khong-ton-tai"), r.indicator(), r.period(),
                BigDecimal.ONE));
        int audit = storage.auditLog().all().size();

        ImportSummary summary = imports.importResults(bad, by(LAN));

        assertThat(summary.isRefused()).isTrue();
        assertThat(summary.inserted() + summary.updated() + summary.unchanged()).isZero();
        assertThat(summary.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("unit");
            assertThat(p.value()).isEqualTo("so-khong-ton-tai");
        });
        assertThat(stored(SO_CONG_THUONG).rate()).isEqualByComparingTo("99.96");
        assertThat(storage.auditLog().all()).hasSize(audit);
    }

    @Test
    void everyRowErrorIsListedWithItsLine() {
        ImportFile<Result> bad = plus(
                withLine(Seeds.dakLakBaseline(), 4,
                        r -> Result.ofRate(r.unit(), IndicatorCode.of("NO_SUCH_INDICATOR"), r.period(), BigDecimal.ONE)),
                Result.ofRate(SO_CONG_THUONG, ONLINE_RATE, Y2021, BigDecimal.ONE),
                Result.ofRate(UnitCode.of("xa-khong-co"), ONLINE_RATE, Y2021, BigDecimal.ONE));

        ImportSummary summary = imports.importResults(bad, by(LAN));

        assertThat(summary.errors()).extracting(InputProblem::line).containsExactly(4, 35, 36);
        assertThat(summary.errors().get(1).reason()).contains("line 2");
        assertThat(storage.results().all()).isEmpty();
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == ImportKind.RESULTS).isEmpty();
    }

    @Test
    void aDryRunCountsWhatWouldHappenAndStoresNothing() {
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));
        ImportFile<Result> next = plus(withLine(Seeds.dakLakBaseline(), 2,
                r -> Result.ofRate(r.unit(), r.indicator(), r.period(), new BigDecimal("98"))),
                Result.ofCounts(SO_CONG_THUONG, ONLINE_RATE, Period.year(2022), 800, 1000));
        int audit = storage.auditLog().all().size();

        ImportSummary summary = imports.importResults(next, by(LAN).asDryRun());

        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.inserted()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(32);
        assertThat(stored(SO_CONG_THUONG).rate()).isEqualByComparingTo("99.96");
        assertThat(storage.results().all()).hasSize(33);
        assertThat(storage.auditLog().all()).hasSize(audit);
    }

    @Test
    void anImportThatFailsWhileItIsReadStoresNothing() {
        ImportFile<Result> file = Seeds.dakLakBaseline();

        assertThatThrownBy(() -> imports.importResults(file, new ImportOptions(LAN, null, false, rows -> {
            throw new IllegalStateException("killed after " + rows + " rows");
        }))).hasMessageContaining("killed");

        assertThat(storage.results().all()).isEmpty();
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == ImportKind.RESULTS).isEmpty();
        assertThat(auditSinceSetUp()).isEmpty();
    }

    @Test
    void theOnTimeDetailOfTheWideFormIsKept() {
        OnTimeDetail detail = new OnTimeDetail(160, 160, 153, 7, new BigDecimal("95.7"), new BigDecimal("4.3"));
        Result buonDon = new Result(UnitCode.of("buon-don"), ON_TIME_RATE, Q1_2018, 153L, 160L, null, null, detail);
        ImportFile<Result> file = new ImportFile<>("phu-luc-2.csv", List.of(new Lined<>(5, buonDon)));

        imports.importResults(file, by(LAN));

        assertThat(storage.results().find(ON_TIME_RATE, Q1_2018)).singleElement().satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(153);
            assertThat(r.denominator()).isEqualTo(160);
            assertThat(r.detail().late()).isEqualTo(7);
            assertThat(r.detail().statedOnTimeRate()).isEqualByComparingTo("95.7");
        });
    }

    @Test
    void aKeyGivenThreeTimesIsListedTwiceEachTimeNamingItsFirstLine() {
        Result again = Result.ofRate(SO_CONG_THUONG, ONLINE_RATE, Y2021, BigDecimal.ONE);
        ImportFile<Result> bad = plus(Seeds.dakLakBaseline(), again, again);

        ImportSummary summary = imports.importResults(bad, by(LAN));

        assertThat(summary.errors()).extracting(InputProblem::line).containsExactly(35, 36);
        assertThat(summary.errors()).allSatisfy(p -> assertThat(p.reason()).contains("line 2"));
        assertThat(storage.results().all()).isEmpty();
    }

    @Test
    void severalChangedResultsAreAuditedInFileOrderEachWithItsOldAndNewValue() {
        OnTimeDetail detail = new OnTimeDetail(160, 160, 153, 7, new BigDecimal("95.7"), new BigDecimal("4.3"));
        Result buonDon = new Result(UnitCode.of("buon-don"), ON_TIME_RATE, Q1_2018, 153L, 160L, null, null, detail);
        imports.importResults(new ImportFile<>("phu-luc-2.csv", List.of(new Lined<>(5, buonDon))),
                by(LAN));
        imports.importResults(Seeds.dakLakBaseline(), by(LAN));
        markAudit();
        OnTimeDetail corrected = new OnTimeDetail(160, 160, 150, 10, new BigDecimal("93.75"), new BigDecimal("6.25"));
        ImportFile<Result> file = new ImportFile<>("phu-luc-2.csv", List.of(
                new Lined<>(3, Result.ofCounts(SO_CONG_THUONG, ONLINE_RATE, Y2021, 9_996, 10_000)),
                new Lined<>(4, new Result(UnitCode.of("buon-don"), ON_TIME_RATE, Q1_2018, 150L, 160L, null,
                        null, corrected))));

        ImportSummary summary = imports.importResults(file, by(MINH));

        assertThat(summary.updated()).isEqualTo(2);
        assertThat(auditSinceSetUp()).filteredOn(e -> e.action() == AuditAction.RESULT_CHANGED)
                .extracting(e -> e.subject())
                .containsExactly("result/ONLINE_RATE/so-cong-thuong/2021", "result/ON_TIME_RATE/buon-don/2018-Q1");
        assertThat(auditSinceSetUp()).filteredOn(e -> e.action() == AuditAction.RESULT_CHANGED).last()
                .satisfies(e -> {
                    assertThat(e.oldValue())
                            .isEqualTo("numerator=153; denominator=160; received=160; resolved=160; onTime=153; late=7");
                    assertThat(e.newValue())
                            .isEqualTo("numerator=150; denominator=160; received=160; resolved=160; onTime=150; late=10");
                    assertThat(e.actor()).isEqualTo(MINH);
                });
        assertThat(storage.results().find(ON_TIME_RATE, Q1_2018)).singleElement()
                .satisfies(r -> assertThat(r.detail().late()).isEqualTo(10));
    }
}
