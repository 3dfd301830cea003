package vn.chitieu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DossierTimesTest {

    private static LocalDateTime read(String text, boolean due) {
        long t = DossierTimes.parse(text, due);
        return t == DossierTimes.UNREADABLE ? null : DossierTimes.toLocal(t);
    }

    @Test
    void everyFormOfTheContractReadsTheSameTime() {
        LocalDateTime meant = LocalDateTime.of(2025, 6, 30, 23, 59, 59);
        for (String s : new String[] {"20250630235959", "2025-06-30 23:59:59", "2025-06-30T23:59:59",
            "30/06/2025 23:59:59", " 2025-06-30 23:59:59 "}) {
            assertThat(read(s, false)).as(s).isEqualTo(meant);
        }
    }

    @Test
    void aDateAloneIsMidnightButTheLastSecondForADeadline() {
        for (String s : new String[] {"01/02/2024", "2024-02-01", "20240201"}) {
            assertThat(read(s, false)).as(s).isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0, 0));
            assertThat(read(s, true)).as(s).isEqualTo(LocalDateTime.of(2024, 2, 1, 23, 59, 59));
        }
    }

    @Test
    void aOneDigitDayOrMonthIsToldApartFromOtherUnreadableTimes() {
        for (String s : new String[] {"6/3/2025", "06/3/2025", "6/03/2025", "6/3/2025 8:00", "6/3/2025 08:00:00"}) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(DossierTimes.shortDayOrMonth(b, 0, b.length)).as(s).isTrue();
            assertThat(read(s, false)).as(s).isNull();
        }
        for (String s : new String[] {"06/03/2025", "6/3/25", "6/3/2025x", "2025-6-3", "123/4/2025", "6//2025", "hôm qua"}) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(DossierTimes.shortDayOrMonth(b, 0, b.length)).as(s).isFalse();
        }
    }

    @Test
    void impossibleDatesAndOtherFormsAreUnreadable() {
        assertThat(read("29/02/2024", false)).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        for (String s : new String[] {"29/02/2025", "31/06/2025", "2025-13-01", "2025-06-30 24:00:00",
            "2025-06-30 12:60:00", "2025/06/30", "6/3/2025", "30-06-2025", "hôm qua", "",
            "20250630 080000", "2025-06-30X08:00:00", "00/06/2025", "6/3/2025 08:00", "2025-6-3 08:00:00",
            "30/06/2025T08:00:00", "30/06/2025 08:00:00+07:00", "2025-06-30 08:00:00.", "2025-06-30 08:00:00.1234567890",
            "2025-06-30T08:00:00+7", "2025-06-30T08:00:00+15:00", "2025-06-30 8:0", "2025-06-30 08:00 :00", "2025-06-30 24:00"}) {
            assertThat(read(s, false)).as(s).isNull();
        }
    }

    @Test
    void whatSpreadsheetsAndDotNetWriteOfTheSameDatesReadsToo() {
        LocalDateTime eight = LocalDateTime.of(2025, 6, 30, 8, 0, 0);
        // Excel saves a date-time column to CSV as dd/MM/yyyy H:mm; .NET writes fractions and offsets
        for (String s : new String[] {"30/06/2025 8:00", "30/06/2025 08:00", "2025-06-30 08:00", "2025-06-30T8:00:00",
            "2025-06-30T08:00:00.000", "2025-06-30T08:00:00.9999999", "30/06/2025 08:00:00.5", "2025-06-30T08:00:00+07:00",
            "2025-06-30T08:00:00+0700", "2025-06-30T01:00:00Z", "2025-06-30T01:00:00.000Z", "2025-06-29T20:00:00-05:00"}) {
            assertThat(read(s, false)).as(s).isEqualTo(eight);
            assertThat(read(s, true)).as(s + " as a deadline").isEqualTo(eight); // a time is given: not the day's end
        }
        // an offset can move the day: 23:30 UTC is 06:30 the next day in Vietnam
        assertThat(read("2025-06-30T23:30:00Z", false)).isEqualTo(LocalDateTime.of(2025, 7, 1, 6, 30, 0));
    }

    @Test
    void levelsInEveryWording() {
        assertThat(ProcedureLevel.parse("toàn trình")).contains(ProcedureLevel.FULL);
        assertThat(ProcedureLevel.parse("Toàn Trình")).contains(ProcedureLevel.FULL);
        assertThat(ProcedureLevel.parse("4")).contains(ProcedureLevel.FULL);
        assertThat(ProcedureLevel.parse("Mức độ 3")).contains(ProcedureLevel.PARTIAL);
        assertThat(ProcedureLevel.parse("một phần")).contains(ProcedureLevel.PARTIAL);
        assertThat(ProcedureLevel.parse("NONE")).contains(ProcedureLevel.NONE);
        assertThat(ProcedureLevel.parse("5")).isEmpty();
        assertThat(ProcedureLevel.parse("trực tuyến")).isEmpty();
    }
}
