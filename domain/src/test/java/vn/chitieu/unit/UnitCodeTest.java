package vn.chitieu.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A unit code: letters, digits, '-', '_' and '.', starting with a letter or digit, at most 100 characters. */
class UnitCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"so-cong-thuong", "xa-0", "A", "9", "ubnd.tinh_dak-lak", "  xa-cu-bao  "})
    void acceptsCodes(String text) {
        assertThat(UnitCode.of(text).value()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-xa", ".xa", "_xa", "xa cu bao", "xã-cư-bao", "xa/1", "xa,1", "xa\t1"})
    void refusesWhatIsNotACode(String text) {
        assertThatThrownBy(() -> UnitCode.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits");
    }

    @Test
    void holdsAtMostAHundredCharacters() {
        assertThat(UnitCode.of("a".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> UnitCode.of("a".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitCode.of(" ")).hasMessageContaining("blank");
    }
}
