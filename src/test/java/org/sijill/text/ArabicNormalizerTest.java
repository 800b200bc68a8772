package org.sijill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicNormalizerTest {

    static final ArabicNormalizer N = ArabicNormalizer.standard();

    /** One block of {@code normalization-cases.txt}. */
    record Case(int line, Map<String, String> fields) {
        @Override
        public String toString() {
            return "line " + line + ": " + fields.get("in");
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        Map<String, String> cur = new LinkedHashMap<>();
        int start = 0;
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/text/normalization-cases.txt"), StandardCharsets.UTF_8);
        lines.add("");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#")) {
                continue;
            }
            if (l.isBlank()) {
                if (!cur.isEmpty()) {
                    out.add(new Case(start, cur));
                    cur = new LinkedHashMap<>();
                }
                continue;
            }
            int colon = l.indexOf(": ");
            if (cur.isEmpty()) {
                start = i + 1;
            }
            cur.put(l.substring(0, colon), unescape(l.substring(colon + 2)));
        }
        return out.stream();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u') {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
                i++;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalisesAsWritten(Case c) {
        String in = c.fields().get("in");
        NormalizedText t = N.normalize(in);
        if (c.fields().containsKey("clean")) {
            assertEquals(c.fields().get("clean"), t.clean(), "clean");
        }
        if (c.fields().containsKey("key")) {
            assertEquals(c.fields().get("key"), t.key(), "key");
            assertEquals(c.fields().get("key"), N.key(in), "key()");
        }
        if (c.fields().containsKey("display")) {
            assertEquals(c.fields().get("display"), N.display(in), "display");
        }
        assertEquals(t.key(), N.key(t.key()), "key is idempotent");
        assertEquals(t.clean(), N.normalize(t.clean()).clean(), "clean is idempotent");
    }

    // ---- offsets: key matches quote the exact original ----

    @Test
    void keyMatchInObfuscatedWordQuotesTheWholeOriginal() {
        String original = "ارتفاع عدد قتـ ـلـ ـى “قسد” إلى 6";
        NormalizedText t = N.normalize(original);
        int at = t.key().indexOf(N.key("قتلى"));
        Span s = t.toOriginal(at, at + 4);
        assertEquals("قتـ ـلـ ـى", s.quote(original));
        assertEquals(11, s.start());
        assertEquals(21, s.end());
    }

    @Test
    void quoteOfAWordWithStrayMarkAndTatweel() {
        String original = "مقتل عنصرين من “ٌقسد”، و الـ ـدولـ ـة";
        NormalizedText t = N.normalize(original);
        int q = t.key().indexOf("قسد");
        assertEquals("قسد", t.quote(q, q + 3));
        int d = t.key().indexOf(N.key("الدولة"));
        assertEquals("الـ ـدولـ ـة", t.quote(d, d + 6));
    }

    @Test
    void digitLookAlikeMapsBackToTheWrittenDigit() {
        String original = "بين عناصر د١عش وقوات";
        NormalizedText t = N.normalize(original);
        int at = t.key().indexOf("داعش");
        assertEquals("د١عش", t.quote(at, at + 4));
        assertEquals(10, t.toOriginalStart(at));
        assertEquals(14, t.toOriginalEnd(at + 4));
    }

    @Test
    void invisibleCharactersInsideAWordStayInsideTheQuote() {
        String original = "عدد قت\u200Cلى اليوم";
        NormalizedText t = N.normalize(original);
        int at = t.key().indexOf("قتلي");
        assertEquals("قت\u200Cلى", t.quote(at, at + 4));
    }

    @Test
    void trailingDiacriticsAndTatweelBelongToTheirWord() {
        String original = "فرار 25 عنصرًا، الـ 24";
        NormalizedText t = N.normalize(original);
        int at = t.key().indexOf("عنصرا");
        assertEquals("عنصرًا", t.quote(at, at + 5));
        int al = t.key().indexOf("ال ");
        assertEquals("الـ", t.quote(al, al + 2));
        assertEquals("عنصرًا", t.cleanOf(at, at + 5));
    }

    @Test
    void presentationFormsAndArabicDigitsMapBack() {
        String original = "ﺩﺍﻋﺶ قتل ٣";
        NormalizedText t = N.normalize(original);
        assertEquals("داعش قتل 3", t.key());
        assertEquals("ﺩﺍﻋﺶ", t.quote(0, 4));
        assertEquals("٣", t.quote(9, 10));
    }

    @Test
    void collapsedWhitespaceMapsToTheRun() {
        String original = "أ \u00A0\t ب";
        NormalizedText t = N.normalize(original);
        assertEquals("ا ب", t.key());
        assertEquals(" \u00A0\t ", t.quote(1, 2));
        assertEquals(new Span(0, 6), t.toOriginal(0, 3));
    }

    @Test
    void emptyAndBlankTexts() {
        assertEquals("", N.normalize("").key());
        assertEquals("", N.normalize(" \n\t ").key());
        assertEquals(new Span(0, 0), N.normalize("").toOriginal(0, 0));
    }

    /** Every key token of every seed quotes original text that normalises back to that token. */
    @ParameterizedTest
    @ValueSource(strings = {"000_10540df14f6fc042", "001_040cf81d154c6964", "002_225182bcdbf2fae4", "003_5349be87dbcac639", "004_2d34422f699394eb"})
    void everySeedTokenRoundTrips(String seed) throws IOException {
        String original = Files.readString(Path.of("seeds", seed + ".txt"));
        NormalizedText t = N.normalize(original);
        for (Token tok : t.tokens()) {
            if (tok.is(Token.Type.BREAK)) {
                continue;
            }
            String quote = t.quote(tok.start(), tok.end());
            assertEquals(tok.text(), N.key(quote), () -> "token " + tok + " quoted as '" + quote + "'");
        }
        assertTrue(t.key().indexOf('\u0640') < 0, "no tatweel in the key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_10540df14f6fc042", "002_225182bcdbf2fae4"})
    void obfuscatedSeedTitlesAreReadable(String seed) throws IOException {
        String title = Files.readAllLines(Path.of("seeds", seed + ".txt")).get(0);
        String shown = N.display(title);
        assertTrue(shown.indexOf('\u0640') < 0, shown);
        assertTrue(N.key(shown).contains(N.key(seed.startsWith("000") ? "قتلى" : "الهجوم")), shown);
    }

    @Test
    void searchWordsFindObfuscatedTitles() {
        String title = N.key("ارتفاع عدد قتـ ـلـ ـى “قسد” إلى 6");
        assertTrue(title.contains(N.key("قتلى")));
        assertTrue(N.key("خلايا د١عش").contains(N.key("داعش")));
    }
}
