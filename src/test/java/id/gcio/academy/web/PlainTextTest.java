package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one cleaner of typed and imported one-line text. */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "Ani Lestari", " Ani\tLestari ", "Ani\u00a0\u00a0Lestari", "Ani\u2028Lestari",
            "\u202eAni Lestari\u202c", "Ani\u0000 Lestari\u001f", "Ani\u200b Lestari\ufeff", "A\u00adni Les\u2060tari",
            "\u2066Ani\u2069 Lestari\u200e" })
    void keepsTheVisibleTextOnOneLine(String typed) {
        assertEquals("Ani Lestari", PlainText.oneLine(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u200b", "\u202e\u0001", " \u00a0\t" })
    void textOfOnlyInvisibleCharactersBecomesEmpty(String typed) {
        assertEquals("", PlainText.oneLine(typed));
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(PlainText.oneLine(null));
    }
}
