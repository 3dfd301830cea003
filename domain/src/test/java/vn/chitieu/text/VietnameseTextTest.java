package vn.chitieu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link VietnameseText#nfc}: NFC, trimmed, inner runs of white space collapsed; tidy text comes back as it is. */
class VietnameseTextTest {

    private static final String NFD = Normalizer.normalize("Phường Tân Lập", Normalizer.Form.NFD);

    @Test
    void composesDecomposedText() {
        assertThat(NFD).isNotEqualTo("Phường Tân Lập");
        assertThat(VietnameseText.nfc(NFD)).isEqualTo("Phường Tân Lập");
        assertThat(VietnameseText.nfc("Xã  " + NFD)).isEqualTo("Xã Phường Tân Lập");
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Phường Tân Lập", "Phường Tân Lập  ", "Phường  Tân Lập", "Phường\u00A0Tân Lập",
        "Phường\tTân Lập", "Phường\nTân Lập", "Phường \u00A0Tân  \t Lập", "\u2003Phường Tân Lập\u2003"})
    void trimsAndCollapsesWhiteSpaceAroundVietnameseLetters(String text) {
        assertThat(VietnameseText.nfc(text)).isEqualTo("Phường Tân Lập");
    }

    @Test
    void keepsTidyNfcTextAsItIs() {
        String tidy = "Ủy ban nhân dân xã Ea Kao";
        assertThat(VietnameseText.nfc(tidy)).isSameAs(tidy);
        assertThat(VietnameseText.nfc("")).isEmpty();
        assertThat(VietnameseText.nfc(null)).isNull();
    }
}
