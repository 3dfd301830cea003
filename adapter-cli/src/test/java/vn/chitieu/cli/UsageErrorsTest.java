package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A command line picocli cannot parse exits 2 with the reason, the help of the options it concerns and
 * where to find the rest: the whole usage after it (80 lines for {@code score}) buried the one line
 * that says what is wrong.
 */
class UsageErrorsTest {

    @Test
    void aValueRefusedShowsThatOptionsHelpNotTheWholeUsage() {
        CliRun run = CliRun.english("score", "--results", "results.csv", "--target", "95", "--period", "2018-Q5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: Invalid value for option '--period': not a period: '2018-Q5'",
                "  --period=P  Score only this period (2018-Q1, 2022, 2022-H1, 2022-06)", "Every option: chitieu score --help")
                .doesNotContain("Usage:", "--commend", "--declared");
    }

    @Test
    void missingOptionsAreEachShownWithTheirHelpInTheUsersLanguage() {
        CliRun en = CliRun.english("approve", "--period", "2018");
        CliRun vi = CliRun.of("approve", "--period", "2018");

        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("Missing required option: '--unit=UNIT'", "  --unit=UNIT  The unit: its code or its name.",
                "Every option: chitieu approve --help").doesNotContain("--actor");
        assertThat(vi.exitCode()).isEqualTo(2);
        assertThat(vi.err()).contains("lỗi: Thiếu tùy chọn bắt buộc: '--unit=UNIT'", "Mọi tùy chọn: chitieu approve --help")
                .doesNotContain("The unit", "Every option");
    }

    @Test
    void aDateOptionThatIsNoDateSaysSoInTheUsersLanguageNotInJavas() {
        CliRun vi = CliRun.of("decision", "tasks", "3086/QĐ-UBND", "--as-of", "2022-13-01");
        CliRun en = CliRun.english("resolve", "--units", "units.csv", "--names", "names.txt", "--as-of", "20220101");
        CliRun far = CliRun.english("resolve", "--units", "units.csv", "--names", "names.txt", "--as-of", "+12022-01-01");

        assertThat(vi.exitCode()).isEqualTo(2);
        assertThat(vi.err()).contains("tùy chọn '--as-of': không phải ngày (yyyy-MM-dd, năm 1900–2999): '2022-13-01'")
                .doesNotContain("java.time", "cannot convert");
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("option '--as-of': not a date (yyyy-MM-dd, 1900–2999): '20220101'")
                .doesNotContain("java.time");
        assertThat(far.exitCode()).isEqualTo(2);
        assertThat(far.err()).contains("not a date (yyyy-MM-dd, 1900–2999): '+12022-01-01'");
    }

    @Test
    void aWholeNumberOptionThatIsNoneSaysSoInVietnamese() {
        CliRun run = CliRun.of("decision", "list", "--year", "abc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tùy chọn '--year': 'abc' không phải một số nguyên").doesNotContain("an int");
    }

    @Test
    void aLongArgumentIsEchoedByItsBeginning() {
        String longText = "y".repeat(9000);
        CliRun run = CliRun.english("decision", "draft", "--issuer", "daklak", "--year", "2022", "--title", "T",
                "--basis", longText);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'--basis', '" + "y".repeat(120) + "…'").doesNotContain(longText);
    }

    @Test
    void aMistypedCommandStillGetsPicocliSuggestions() {
        CliRun run = CliRun.english("scroe");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Possible solutions: score").doesNotContain("Usage:");
    }
}
