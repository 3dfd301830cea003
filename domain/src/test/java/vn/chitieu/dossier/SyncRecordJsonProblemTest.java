package vn.chitieu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chitieu.common.Texts;

/**
 * What the JSON reader says of a bad NDJSON line reaches officials: its bound on a number's length named the
 * library's method ({@code StreamReadConstraints.getMaxNumberLength()}) and read, in Vietnamese, as a bracket
 * or comma mistake.
 */
class SyncRecordJsonProblemTest {

    private static final String JACKSON = "Number value length (100000) exceeds the maximum allowed (1000, from "
            + "`StreamReadConstraints.getMaxNumberLength()`)";

    @Test
    void aNumberPastTheReadersBoundIsSaidInWordsInEitherLanguage() {
        String reason = SyncRecord.jsonProblem(JACKSON);

        assertThat(reason).isEqualTo("not valid JSON: a number of 100000 digits; at most 1000");
        assertThat(Texts.translate(reason, Texts.VI)).isEqualTo("không phải JSON hợp lệ: một số có 100000 chữ số; tối đa 1000");
    }

    @Test
    void anyOtherReaderMessageKeepsItsWordsWithoutTheLibrarysMethod() {
        assertThat(SyncRecord.jsonProblem("String value length (30000000) exceeds the maximum allowed (20000000, from "
                + "`StreamReadConstraints.getMaxStringLength()`)"))
                .isEqualTo("not valid JSON: String value length (30000000) exceeds the maximum allowed (20000000)");
        assertThat(SyncRecord.jsonProblem("Unexpected character ('x' (code 120))"))
                .isEqualTo("not valid JSON: Unexpected character ('x' (code 120))");
    }
}
