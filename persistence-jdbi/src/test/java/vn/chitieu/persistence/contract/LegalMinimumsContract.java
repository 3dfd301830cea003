package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.application.minimum.ImportMinimums;
import vn.chitieu.application.minimum.ImportMinimumsCommand;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.LegalMinimums;
import vn.chitieu.unit.UnitKind;

/** What every implementation of {@link LegalMinimums} must do, through the use case that writes them. */
public abstract class LegalMinimumsContract extends ContractSupport {

    private static final IndicatorCode DIGITIZATION = IndicatorCode.of("DIGITIZATION_RATE");

    private ImportSummary importing(String... lines) {
        return new ImportMinimums(storage.minimums(), IndicatorCatalogue.builtIn()).importMinimums(
                new ImportMinimumsCommand("minimums.csv", CsvTables.of("minimums.csv", List.of(lines)), by(LAN)));
    }

    @Test
    void storedMinimumsAreReadBackInTheirOrderWithExactValues() {
        ImportSummary first = importing("source,indicator,kind,minimum", "876/QĐ-BNV,DIGITIZATION_RATE,DISTRICT_OFFICE,25",
                "876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15", "3478/QĐ-UBND,DIGITIZATION_RATE,COMMUNE,\"17,5%\"");

        assertThat(first.inserted()).isEqualTo(3);
        List<Minimum> stored = storage.minimums().all().all();
        assertThat(stored).extracting(Minimum::source).containsExactly("876/QĐ-BNV", "876/QĐ-BNV", "3478/QĐ-UBND");
        assertThat(stored).extracting(Minimum::kind)
                .containsExactly(UnitKind.DISTRICT_OFFICE, UnitKind.COMMUNE, UnitKind.COMMUNE);
        assertThat(stored.get(2).minimum()).isEqualByComparingTo("17.5");
        // the floor of communes is the higher of the two, with its source
        Minimum floor = storage.minimums().all().floor(DIGITIZATION, UnitKind.COMMUNE).orElseThrow();
        assertThat(floor.source()).isEqualTo("3478/QĐ-UBND");
        assertThat(floor.minimum()).isEqualByComparingTo("17.5");
    }

    @Test
    void aReimportChangesNothingAndAChangedValueReplacesTheStoredOneWithItsAudit() {
        importing("source,indicator,kind,minimum", "876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15",
                "876/QĐ-BNV,DIGITIZATION_RATE,WARD,15");
        markAudit();

        ImportSummary again = importing("source,indicator,kind,minimum", "876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15.0",
                "876/QĐ-BNV,DIGITIZATION_RATE,WARD,15");
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.changesSomething()).isFalse();
        assertThat(auditSinceSetUp()).isEmpty();

        ImportSummary changed = importing("source,indicator,kind,minimum", "876/QĐ-BNV,DIGITIZATION_RATE,WARD,20");
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(storage.minimums().all().all()).hasSize(2)
                .filteredOn(m -> m.kind() == UnitKind.WARD).singleElement()
                .satisfies(m -> assertThat(m.minimum()).isEqualByComparingTo("20"));
        List<AuditEntry> audit = auditSinceSetUp();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.MINIMUM_SET);
            assertThat(e.subject()).isEqualTo("minimum/876/QĐ-BNV/DIGITIZATION_RATE/WARD");
            assertThat(e.oldValue()).isEqualTo("15");
            assertThat(e.newValue()).isEqualTo("20");
            assertThat(e.actor()).isEqualTo(LAN);
        });
    }

    @Test
    void aFileWithABadLineStoresNothing() {
        assertThatThrownBy(() -> importing("source,indicator,kind,minimum", "876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15",
                "876/QĐ-BNV,DIGITIZATION_RATE,WARD,101"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.column()).isEqualTo("minimum");
                        }));

        assertThat(storage.minimums().all().isEmpty()).isTrue();
    }

    @Test
    void aDryRunStoresNothing() {
        ImportSummary dry = new ImportMinimums(storage.minimums(), IndicatorCatalogue.builtIn()).importMinimums(
                new ImportMinimumsCommand("minimums.csv", CsvTables.of("minimums.csv",
                        List.of("source,indicator,kind,minimum", "876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15")),
                        by(LAN).asDryRun()));

        assertThat(dry.inserted()).isEqualTo(1);
        assertThat(storage.minimums().all().isEmpty()).isTrue();
        assertThat(auditSinceSetUp()).isEmpty();
    }
}
