package org.sijill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    static final ArabicNormalizer N = ArabicNormalizer.standard();

    /** Every lexicon: UTF-8, a FORMAT line, data lines sorted, keys unique after normalisation. */
    @ParameterizedTest
    @ValueSource(strings = {"count-nouns", "date-words", "months", "number-context", "numbers", "obf-words", "parts-of-day",
            "qualifiers", "relative-dates", "standalone-words", "weekdays"})
    void lexiconFilesAreWellFormed(String name) throws IOException {
        String resource = "lexicon/ar/" + name + ".tsv";
        LexiconFile file = LexiconFile.read(resource);
        assertFalse(file.format().isEmpty());
        assertFalse(file.rows().isEmpty());
        List<String> lines = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
        }
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        assertEquals(sorted, lines, resource + " is not sorted");
        int columns = file.format().split("<TAB>").length;
        for (LexiconFile.Row r : file.rows()) {
            assertTrue(r.columns().size() <= columns, resource + ":" + r.line() + " has too many columns");
            assertFalse(N.key(r.col(0)).isEmpty(), resource + ":" + r.line());
        }
    }

    @Test
    void lexiconKeysThroughTheNormaliserAndBuildsAlternations() {
        Lexicon<String> months = Lexicon.load("lexicon/ar/months.tsv", N, r -> r.col(1) + r.col(2));
        assertEquals("GREGORIAN1", months.get(N.key("كانون الثاني")).orElseThrow());
        assertEquals("GREGORIAN3", months.get(N.key("اذار")).orElseThrow());
        Pattern p = Pattern.compile(ArabicChars.WORD_START + "(?:" + months.alternation() + ")" + ArabicChars.WORD_END);
        var m = p.matcher(N.key("منذ مساء 19 من كانون الثاني الحالي"));
        assertTrue(m.find());
        assertEquals(N.key("كانون الثاني"), m.group());
        int longest = months.keys().stream().mapToInt(String::length).max().orElseThrow();
        String first = months.alternation().substring(2, months.alternation().indexOf("\\E"));
        assertEquals(longest, first.length(), "longest first: " + first);
    }

    @Test
    void conflictingEntriesFailNamingTheLine() {
        LexiconFile f = LexiconFile.parse("test.tsv", List.of("# FORMAT: word<TAB>value", "مئة\t100", "مئه\t200"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(f, N, r -> r.col(1)));
        assertTrue(e.getMessage().startsWith("test.tsv:3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LexiconFile.parse("x.tsv", List.of("قتلى")));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3 عناصر من قسد      | true
            العناصر             | false
            وعناصر              | false
            عناصرها             | false
            عناصر               | true
            """)
    void wordEdgesWorkWithoutBackslashB(String text, boolean found) {
        Pattern p = Pattern.compile(ArabicChars.WORD_START + Pattern.quote("عناصر") + ArabicChars.WORD_END);
        assertEquals(found, p.matcher(N.key(text)).find());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            والعناصر  | true
            للعناصر   | true
            بعناصر    | true
            فالعناصر  | true
            """)
    void procliticsPatternAllowsClitics(String text, boolean found) {
        Pattern p = Pattern.compile(ArabicChars.WORD_START + ArabicChars.PROCLITICS + Pattern.quote("عناصر") + ArabicChars.WORD_END);
        assertEquals(found, p.matcher(N.key(text)).find());
    }

    @Test
    void countNounAlternationHasEveryForm() {
        String alt = CountNouns.standard().alternation();
        assertTrue(Pattern.compile("^(?:" + alt + ")$").matcher(N.key("عنصرين")).find());
        assertTrue(Pattern.compile("^(?:" + alt + ")$").matcher(N.key("عنصراً")).find());
    }
}
