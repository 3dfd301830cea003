package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void theDemoResolvesEverySeed003NameFromTheBundledSamples() {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("58 tên khớp, 0 mơ hồ, 0 không rõ");
    }

    @Test
    void theDemoDraftsTheDakLak2022DecisionAndCascadesBuonHosTarget() {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("33 đơn vị, 4 điều chỉnh", "I. CÁC SỞ, BAN, NGÀNH", "99,96%",
                "Giao chỉ tiêu của buon-ho (45%)", "Phường An Lạc");
    }

    @Test
    void theDemoSpeaksEnglishWhenAsked() {
        CliRun run = CliRun.of("demo", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("58 matched, 0 ambiguous, 0 unknown");
    }
}
