package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.application.dossier.ComputeIndicators;
import vn.chitieu.application.dossier.ComputeIndicatorsCommand;
import vn.chitieu.application.dossier.ComputedIndicators;
import vn.chitieu.application.dossier.DossierImports;
import vn.chitieu.application.dossier.ImportDossiersCommand;
import vn.chitieu.application.dossier.ImportProceduresCommand;
import vn.chitieu.application.dossier.ReadIndicators;
import vn.chitieu.application.dossier.ReadIndicatorsCommand;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.DossierIndicators;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.dossier.StoredDossier;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.unit.UnitCode;

/**
 * What every storage of dossiers must do, through the use cases that write and read them: imports all or
 * nothing, a re-import changes nothing, a later file updates, and the indicators read from the stored
 * counts are those of the file-based count of the same dossiers, for months, quarters, halves and years.
 */
public abstract class DossiersContract extends ContractSupport {

    private static final List<String> PROCEDURES = List.of("code,name,level,onlinePayment",
            "P1,Đăng ký khai sinh,FULL,true", "P2,Cấp giấy phép xây dựng,PARTIAL,false", "P3,Chứng thực bản sao,NONE,true");
    private static final String HEADER = "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult";
    /** Edge cases of domain.md §9 over May–July 2022 (see each line). */
    private static final List<String> JUNE = List.of(HEADER,
            // finished on time, online, fee paid online, digitized with an electronic result
            "D1,P1,krong-ana,2,2022-06-01 08:00:00,2022-06-10,2022-06-05 10:00:00,10,1,50000,1,1",
            // finished late (due 20/06 23:59:59, finished 25/06)
            "D2,P1,krong-ana,1,2022-06-15 08:00:00,2022-06-20,2022-06-25 10:00:00,9,0,50000,1,0",
            // pending at the end of June, due on its last day: not overdue then, overdue at the end of July
            "D3,P2,krong-ana,2,2022-06-20 08:00:00,2022-06-30,,4,0,0,0,0",
            // received in May, pending and overdue at the end of June
            "D4,P2,buon-ho,1,2022-05-20 08:00:00,2022-06-10,,5,0,0,0,0",
            // pending at the end of June, no due, finished in July (on time)
            "D5,P3,buon-ho,3,2022-06-02,,2022-07-03 09:00:00,10,2,20000,0,0",
            // status 1 and 3 (never received): excluded
            "D6,P1,so-tu-phap,2,2022-06-03 09:00:00,,,1,0,0,0,0",
            "D7,P1,so-tu-phap,1,,,,3,0,0,0,0",
            // received and finished in July
            "D8,P2,so-tu-phap,2,2022-07-01 00:00:00,2022-07-05,2022-07-04 00:00:00,10,0,0,1,1",
            // pending since April; due the last day of April: overdue from the end of May
            "D9,P1,buon-ho,2,2022-04-01 08:00:00,2022-04-30,,4,0,0,0,0");
    /** A later synchronisation: D3 finished, D4 corrected (received in June: another month) and finished, D6 received, D10 new. */
    private static final List<String> JULY = List.of(HEADER,
            "D3,P2,krong-ana,2,2022-06-20 08:00:00,2022-06-30,2022-07-02 10:00:00,10,0,0,1,1",
            "D4,P2,buon-ho,1,2022-06-01 08:00:00,2022-06-10,2022-06-28 08:00:00,9,0,0,0,0",
            "D6,P1,so-tu-phap,2,2022-06-03 09:00:00,2022-06-13,,2,0,0,0,0",
            "D10,P3,krong-ana,1,2022-07-10 08:00:00,2022-07-20,2022-07-15 08:00:00,10,1,10000,0,0");
    private static final List<Period> PERIODS = List.of(Period.parse("2022-04"), Period.parse("2022-05"),
            Period.parse("2022-06"), Period.parse("2022-07"), Period.parse("2022-08"), Period.parse("2022-Q2"),
            Period.parse("2022-Q3"), Period.parse("2022-H1"), Period.parse("2022-H2"), Period.parse("2022"),
            Period.parse("2021"));

    private DossierImports dossiers;

    @BeforeEach
    void registryAndProcedures() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        dossiers = new DossierImports(storage);
        ImportSummary p = procedures(PROCEDURES);
        assertThat(p.inserted()).isEqualTo(3);
    }

    private ImportSummary procedures(List<String> lines) {
        return dossiers.importProcedures(new ImportProceduresCommand("procedures.csv", CsvTables.of("procedures.csv", lines),
                null, by(LAN)));
    }

    private ImportSummary importing(String file, List<String> lines) {
        return dossiers.importDossiers(new ImportDossiersCommand(new LinesDossierSource(file, lines), null, by(LAN)));
    }

    private ComputedIndicators stored(Period period) {
        return new ReadIndicators(storage).read(new ReadIndicatorsCommand(period, null, null, null));
    }

    private ComputedIndicators ofFile(List<String> lines, Period period) {
        return new ComputeIndicators().compute(new ComputeIndicatorsCommand(storage.units().tree(),
                () -> CsvTables.of("procedures.csv", PROCEDURES), new LinesDossierSource("all.csv", lines), period, null, null));
    }

    private static IndicatorFigure figure(ComputedIndicators c, String unit, IndicatorCode indicator) {
        return c.figures().stream().filter(f -> f.unit().value().equals(unit) && f.indicator().equals(indicator))
                .findFirst().orElseThrow(() -> new AssertionError("no " + indicator + " for " + unit));
    }

    private static void assertSame(ComputedIndicators stored, ComputedIndicators file) {
        assertThat(stored.figures()).isEqualTo(file.figures());
        assertThat(stored.read()).isEqualTo(file.read());
        assertThat(stored.counted()).isEqualTo(file.counted());
        assertThat(stored.excluded()).isEqualTo(file.excluded());
    }

    @Test
    void importedDossiersAreStoredAndCountedAsTheFileIs() {
        ImportSummary s = importing("june.csv", JUNE);

        assertThat(s.inserted()).isEqualTo(9);
        assertThat(storage.dossiers().size()).isEqualTo(9);
        StoredDossier d5 = storage.dossiers().find("D5").orElseThrow();
        assertThat(d5.unit()).isEqualTo(UnitCode.of("buon-ho"));
        assertThat(d5.finished()).hasToString("2022-07-03T09:00");
        assertThat(d5.fee()).isEqualByComparingTo("20000");
        assertThat(d5.paidOnline()).isEqualTo(2);
        assertThat(storage.dossiers().find("D7").orElseThrow().received()).isNull();
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == ImportKind.DOSSIERS).singleElement()
                .satisfies(b -> assertThat(b.inserted()).isEqualTo(9));
        assertThat(storage.auditLog().all()).filteredOn(e -> e.action() == AuditAction.DOSSIERS_IMPORTED).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("inserted=9; updated=0; unchanged=0"));

        ComputedIndicators june = stored(Period.parse("2022-06"));
        // by hand from domain.md §9: Krông Ana received D1, D2, D3; finished D1 (on time) and D2 (late);
        // D3 is pending, its due (30/06 23:59:59) not before the end of June
        assertThat(figure(june, "krong-ana", DossierIndicators.RECEIVED).numerator()).isEqualTo(3);
        IndicatorFigure onTime = figure(june, "krong-ana", DossierIndicators.ON_TIME_RATE);
        assertThat(onTime.numerator()).isEqualTo(1);
        assertThat(onTime.denominator()).isEqualTo(2);
        // Buôn Hồ: D5 received; D4, D5, D9 pending at the end of June, D4 and D9 overdue
        IndicatorFigure progress = figure(june, "buon-ho", DossierIndicators.PROGRESS_RATE);
        assertThat(progress.numerator()).isEqualTo(1);
        assertThat(progress.denominator()).isEqualTo(3);
        assertThat(figure(june, "buon-ho", DossierIndicators.ON_TIME_RATE).denominator()).isEqualTo(2);
        // the province covers them all: 5 received in June (D6 is excluded), D1 paid online of D1, D2 (fee, P1 pays online)
        assertThat(figure(june, "daklak", DossierIndicators.RECEIVED).numerator()).isEqualTo(4);
        IndicatorFigure paid = figure(june, "daklak", DossierIndicators.ONLINE_PAYMENT_DOSSIERS);
        assertThat(paid.numerator()).isEqualTo(1);
        assertThat(paid.denominator()).isEqualTo(2);
        assertThat(june.read()).isEqualTo(9);
        assertThat(june.excluded()).isEqualTo(2);
        // at the end of July D3 is overdue: Krông Ana's on-time rate has nothing finished and one overdue
        IndicatorFigure julyOnTime = figure(stored(Period.parse("2022-07")), "krong-ana", DossierIndicators.ON_TIME_RATE);
        assertThat(julyOnTime.numerator()).isZero();
        assertThat(julyOnTime.denominator()).isEqualTo(1);

        for (Period p : PERIODS) {
            assertSame(stored(p), ofFile(JUNE, p));
        }
    }

    @Test
    void theSameFileAgainChangesNothing() {
        importing("june.csv", JUNE);
        ComputedIndicators before = stored(Period.parse("2022-Q2"));
        markAudit();

        ImportSummary again = importing("june.csv", JUNE);

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(9);
        assertThat(auditSinceSetUp()).isEmpty();
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == ImportKind.DOSSIERS).hasSize(1);
        assertThat(stored(Period.parse("2022-Q2")).figures()).isEqualTo(before.figures());
    }

    @Test
    void aLaterFileUpdatesTheStoredDossiersAndTheirCounts() {
        importing("june.csv", JUNE);

        ImportSummary later = importing("july.csv", JULY);

        assertThat(later.inserted()).isEqualTo(1);
        assertThat(later.updated()).isEqualTo(3);
        assertThat(later.unchanged()).isZero();
        assertThat(storage.dossiers().size()).isEqualTo(10);
        StoredDossier d4 = storage.dossiers().find("D4").orElseThrow();
        assertThat(d4.received()).hasToString("2022-06-01T08:00");
        assertThat(d4.status()).isEqualTo(9);
        assertThat(storage.dossiers().find("D6").orElseThrow().status()).isEqualTo(2);
        // the stored dossiers are July's file plus June's lines it does not repeat
        List<String> merged = merged(JUNE, JULY);
        for (Period p : PERIODS) {
            assertSame(stored(p), ofFile(merged, p));
        }
        // D4 moved from May to June: Buôn Hồ received nothing in May any more
        assertThat(figure(stored(Period.parse("2022-05")), "buon-ho", DossierIndicators.RECEIVED).numerator()).isZero();
    }

    @Test
    void aFileWithBadRecordsIsRefusedWholeWithEveryProblemAndStoresNothing() {
        List<String> bad = new ArrayList<>(JUNE);
        bad.add("D11,P9,krong-ana,2,2022-06-01 08:00:00,,,4,0,0,0,0");
        bad.add("D12,P1,krong-ana,4,2022-06-01 08:00:00,,,4,0,0,0,0");
        bad.add("D1,P1,krong-ana,2,2022-06-01 08:00:00,,,4,0,0,0,0");

        assertThatThrownBy(() -> importing("bad.csv", bad)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(InputProblem::line).contains(11, 12, 13);
            assertThat(e.problems()).extracting(InputProblem::value).contains("P9", "4", "D1");
            assertThat(e.problems()).allMatch(p -> p.file().equals("bad.csv"));
        });
        assertThat(storage.dossiers().size()).isZero();
        assertThat(stored(Period.parse("2022-06")).figures()).isEmpty();
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == ImportKind.DOSSIERS).isEmpty();
    }

    @Test
    void aBadLaterFileLeavesTheStoredDossiersAsTheyWere() {
        importing("june.csv", JUNE);
        ComputedIndicators before = stored(Period.parse("2022"));
        List<String> bad = new ArrayList<>(JULY);
        bad.add("D13,P1,krong-ana,2,2022-06-01 08:00:00,2022-05-01,,4,0,0,0,0");

        assertThatThrownBy(() -> importing("bad.csv", bad)).isInstanceOf(InvalidInputException.class);

        assertThat(storage.dossiers().find("D3").orElseThrow().finished()).isNull();
        assertThat(storage.dossiers().find("D10")).isEmpty();
        assertThat(stored(Period.parse("2022")).figures()).isEqualTo(before.figures());
    }

    @Test
    void aDistrictStoresAndReadsItsOwnSubtreeOnly() {
        Caller krongAna = new Caller("t-ka", Role.EDITOR, UnitCode.of("krong-ana"));
        List<String> mixed = List.of(HEADER, JUNE.get(1), JUNE.get(4)); // Krông Ana's D1, Buôn Hồ's D4

        assertThatThrownBy(() -> dossiers.importDossiers(new ImportDossiersCommand(
                new LinesDossierSource("mixed.csv", mixed), krongAna, by(LAN))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("buon-ho");
        assertThat(storage.dossiers().size()).isZero();

        ImportSummary own = dossiers.importDossiers(new ImportDossiersCommand(
                new LinesDossierSource("own.csv", List.of(HEADER, JUNE.get(1), JUNE.get(2))), krongAna, by(LAN)));
        assertThat(own.inserted()).isEqualTo(2);
        importing("june.csv", JUNE);

        ReadIndicators read = new ReadIndicators(storage);
        ComputedIndicators mine = read.read(new ReadIndicatorsCommand(Period.parse("2022-06"), null, null, krongAna));
        assertThat(mine.figures()).extracting(f -> f.unit().value()).containsOnly("krong-ana");
        assertThat(mine.read()).isEqualTo(3);
        assertThatThrownBy(() -> read.read(new ReadIndicatorsCommand(Period.parse("2022-06"), "buon-ho", "unit", krongAna)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.importProcedures(new ImportProceduresCommand("procedures.csv",
                CsvTables.of("procedures.csv", PROCEDURES), krongAna, by(LAN)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void proceduresAreUpsertedByCode() {
        ImportSummary again = procedures(List.of("code,name,level,onlinePayment", "P1,Đăng ký khai sinh,FULL,true",
                "P2,Cấp giấy phép xây dựng,FULL,true", "P4,Đăng ký kết hôn,một phần,không"));

        assertThat(again.inserted()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(storage.dossiers().procedures()).extracting(p -> p.code() + ":" + p.level() + ":" + p.onlinePayment())
                .containsExactly("P1:FULL:true", "P2:FULL:true", "P3:NONE:true", "P4:PARTIAL:false");
    }

    /** {@code later}'s lines, then {@code earlier}'s lines whose code {@code later} does not give. */
    /**
     * The first file into an empty store takes the fast path (no code looked up); new dossiers into a store that
     * holds others take the general one (looked up, counts merged into the stored ones): both count as the file.
     */
    @Test
    void newDossiersIntoAStoreWithOthersCountAsIntoAnEmptyOne() {
        List<String> merged = merged(JUNE, JULY);
        String d10 = JULY.get(JULY.size() - 1);
        ImportSummary first = importing("d10.csv", List.of(HEADER, d10));
        List<String> rest = new ArrayList<>(merged);
        rest.remove(d10);

        ImportSummary later = importing("rest.csv", rest);

        assertThat(first.inserted()).isEqualTo(1);
        assertThat(later.inserted()).isEqualTo(9);
        assertThat(later.updated()).isZero();
        assertThat(storage.dossiers().size()).isEqualTo(10);
        for (Period p : PERIODS) {
            assertSame(stored(p), ofFile(merged, p));
        }
    }

    /** Every field comes back as the file gave it: text beyond ASCII, fees with decimals or past a long, times. */
    @Test
    void storedDossiersKeepEveryFieldAsTheFileGaveIt() {
        importing("odd.csv", List.of(HEADER,
                "HS-Đắk-Lắk-001,P1,krong-ana,2,2022-06-01 08:00:00,2022-06-10 17:30:00,2022-06-05 10:00:59,10,1,1234.5,1,1",
                "HS-002,P2,buon-ho,1,2022-06-02 08:00:00,,,4,0,999999999999999.1256789012,0,0",
                "HS-003,P3,buon-ho,3,2022-06-02 23:59:59,,,4,2,0.25,0,1",
                "HS-004,P1,so-tu-phap,1,,,,3,0,0,0,0"));

        StoredDossier a = storage.dossiers().find("HS-Đắk-Lắk-001").orElseThrow();
        assertThat(a.procedure()).isEqualTo("P1");
        assertThat(a.channel()).isEqualTo(2);
        assertThat(a.received()).hasToString("2022-06-01T08:00");
        assertThat(a.due()).hasToString("2022-06-10T17:30");
        assertThat(a.finished()).hasToString("2022-06-05T10:00:59");
        assertThat(a.fee()).isEqualByComparingTo("1234.5");
        assertThat(a.digitized()).isTrue();
        assertThat(a.eResult()).isTrue();
        StoredDossier b = storage.dossiers().find("HS-002").orElseThrow();
        assertThat(b.fee()).isEqualByComparingTo("999999999999999.1256789012");
        assertThat(b.due()).isNull();
        assertThat(b.finished()).isNull();
        StoredDossier c = storage.dossiers().find("HS-003").orElseThrow();
        assertThat(c.fee()).isEqualByComparingTo("0.25");
        assertThat(c.received()).hasToString("2022-06-02T23:59:59");
        assertThat(c.paidOnline()).isEqualTo(2);
        assertThat(c.digitized()).isFalse();
        assertThat(c.eResult()).isTrue();
        assertThat(storage.dossiers().find("HS-004").orElseThrow().received()).isNull();
        // the same file again finds every one of them unchanged
        ImportSummary again = importing("odd.csv", List.of(HEADER,
                "HS-Đắk-Lắk-001,P1,krong-ana,2,2022-06-01 08:00:00,2022-06-10 17:30:00,2022-06-05 10:00:59,10,1,1234.5,1,1",
                "HS-002,P2,buon-ho,1,2022-06-02 08:00:00,,,4,0,999999999999999.1256789012,0,0",
                "HS-003,P3,buon-ho,3,2022-06-02 23:59:59,,,4,2,0.25,0,1",
                "HS-004,P1,so-tu-phap,1,,,,3,0,0,0,0"));
        assertThat(again.unchanged()).isEqualTo(4);
    }

    private static List<String> merged(List<String> earlier, List<String> later) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (String l : earlier.subList(1, earlier.size())) {
            byCode.put(l.substring(0, l.indexOf(',')), l);
        }
        for (String l : later.subList(1, later.size())) {
            byCode.put(l.substring(0, l.indexOf(',')), l);
        }
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        out.addAll(byCode.values());
        return out;
    }
}
