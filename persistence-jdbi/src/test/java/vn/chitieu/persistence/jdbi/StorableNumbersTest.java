package vn.chitieu.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.contract.Seeds;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.UnitCode;

/**
 * A number the driver cannot send intact never reaches it (issue 10 #1): refused before the
 * statement, nothing stored, and the storage keeps answering. pgjdbc sent 1e999999999 as 0.
 */
class StorableNumbersTest {

    private static final Actor LAN = Actor.of("Nguyễn Thị Lan");

    private Storage storage;

    @BeforeEach
    void emptyDatabaseWithTheSeedUnits() {
        storage = TestPostgres.freshStorage();
        new ImportService(storage, IndicatorCatalogue.builtIn()).importUnits(Seeds.dakLakUnits(), ImportOptions.by(LAN));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-100000", "1e-999999999", "1e1001"})
    void aNumberBeyondWhatTheDriverSendsIsRefusedBeforeTheStatement(String number) {
        Decision draft = Decision.draft(UnitCode.of("daklak"), 2022, "QĐ giao chỉ tiêu")
                .assign(Assignment.of(UnitCode.of("so-y-te"), IndicatorCode.of("ONLINE_RATE"), Period.year(2022),
                        new BigDecimal(number)));

        assertThatThrownBy(() -> storage.decisions().add(draft, LAN, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be stored");

        assertThat(storage.decisions().findById(draft.id())).isEmpty();
        Decision fine = Decision.draft(UnitCode.of("daklak"), 2022, "QĐ giao chỉ tiêu")
                .assign(Assignment.of(UnitCode.of("so-y-te"), IndicatorCode.of("ONLINE_RATE"), Period.year(2022),
                        new BigDecimal("98.5")));
        storage.decisions().add(fine, LAN, null);
        assertThat(storage.decisions().findById(fine.id()).orElseThrow().assignments().get(0).target())
                .isEqualByComparingTo("98.5");
    }
}
