package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;

class TargetsTableReaderTest {

    private final TargetsTableReader reader = new TargetsTableReader(new NameResolver(Seed003.units()),
            IndicatorCatalogue.builtIn());

    @Test
    void targetsNameUnitsByCodeOrByMessyNameAndReadVietnamesePercentages() {
        List<Assignment> targets = reader.read(Seed003.parse("targets.csv", String.join("\n",
                "unit;indicator;period;target;reason",
                "krong-pac;ON_TIME_RATE;2018-Q1;95;",
                "UBND huyện M Đrăk;ON_TIME_RATE;2018-Q1;95,5%;giao bổ sung")), null);
        assertThat(targets).extracting(a -> a.unit().value()).containsExactly("krong-pac", "m-drak");
        assertThat(targets.get(1).target()).isEqualByComparingTo("95.5");
        assertThat(targets.get(1).reason()).isEqualTo("giao bổ sung");
        assertThat(targets.get(0).period()).isEqualTo(Period.parse("2018-Q1"));
    }

    @Test
    void everyBadTargetLineIsReportedAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read(Seed003.parse("targets.csv", String.join("\n",
                        "unit;indicator;period;target",
                        "krong-pac;ON_TIME_RATE;2018-Q1;-5",
                        "Huyện Không Có;ON_TIME_RATE;2018-Q1;95",
                        "krong-pac;ON_TIME;2018-Q1;95",
                        "lak;ON_TIME_RATE;2018-Q1;chín mươi")), null));
        assertThat(e.problems()).extracting(InputProblem::line).containsExactly(2, 3, 4, 5);
        assertThat(e.problems()).extracting(InputProblem::column).containsExactly("target", "unit", "indicator", "target");
    }
}
