package org.sijill.hostile;

import java.util.List;
import java.util.Random;

/**
 * Hostile query values, as raw (already percent-encoded or deliberately mis-encoded) strings for a request line.
 * Seeded, so a failure names the seed that reproduces it ({@code -Dhostile.seed=...}).
 */
final class HostileStrings {

    static final String TATWEEL = "\u0640";

    /** Decoded values worth sending as they are, percent-encoded properly. */
    private static final List<String> DECODED = List.of("", " ", "\u0000", "a\u0000b", "\u202E\u202Dقتلى\u202C",
            "\u200B\u200C\u200D\uFEFF", "\u2066\u2067\u2069", "' OR 1=1 --", "\"; DROP TABLE articles; --",
            "%", "_", "\\", "%_%", "(a+)+$", ".*", "[", "(?<x>", "\\Q\\E", "$1", "${jndi:ldap://x}", "\u0000%00",
            "-1", "0", "-0", "+1", "1e309", "0x10", "NaN", "Infinity", "2147483648", "-2147483649",
            "9223372036854775808", "99999999999999999999999999999999", "1.5", " 7 ", "٣", "١٠", "2024-02-30",
            "2024-13-01", "+999999999-12-31", "-999999999-01-01", "2024-1-1", "9999-12-31", "0000-00-00", "true",
            "false", "TRUE", "yes", "KILLED", "killed", "BATTLES", "date", "-date", "-killed", "--date", "sohr", "isis",
            "SY08", "SY0800", "38.5,35.0,41.5,37.5", "1,2,3", "1,2,3,4,5", "NaN,NaN,NaN,NaN", "-181,0,0,0",
            "1e400,0,0,0", ",,,", "قتلى", "قتـ ـلـ ـى", "داعش", "د١عش", "\uD800", "\uDFFF\uD800", "😀", "𝟘𝟙",
            "ﷺ", "ﻻ", "\r\n", "\t", "<script>alert(1)</script>", "../../etc/passwd", "null", "undefined", "[]",
            "{}", "%00", "%zz");

    /** Raw fragments put into the request line unchanged: bad percent-encoding and invalid UTF-8. */
    private static final List<String> RAW = List.of("%", "%z", "%zz", "%%", "%0", "%00", "%C0%80", "%C3", "%E0%A4",
            "%ED%A0%80", "%F8%88%80%80%80", "%FF%FE", "%2", "%u0041", "%D9%80%", "+", "++", "%2B", "%26", "%3D", "&",
            "=", "==", ";", "%0D%0A");

    private final Random random;

    HostileStrings(long seed) {
        this.random = new Random(seed);
    }

    /** One raw query value, ready to put after "name=". */
    String next() {
        return switch (random.nextInt(9)) {
            case 0 -> encode(pick(DECODED));
            case 1 -> pick(RAW);
            case 2 -> encode(pick(DECODED)) + pick(RAW) + encode(pick(DECODED));
            case 3 -> encode(randomUnicode(1 + random.nextInt(40)));
            case 4 -> encode(TATWEEL.repeat(1 + random.nextInt(3000)));
            case 5 -> encode("قتـ" + TATWEEL.repeat(random.nextInt(500)) + "ـلى");
            case 6 -> Long.toString(random.nextLong());
            case 7 -> "9".repeat(1 + random.nextInt(400));
            default -> encode(randomUnicode(1 + random.nextInt(5)) + pick(DECODED));
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Any code unit, lone surrogates, controls, Arabic, bidi, private use: whatever a client might send. */
    String randomUnicode(int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0x0600 + random.nextInt(0x100));
                case 2 -> (char) (0x2000 + random.nextInt(0x70));
                case 3 -> (char) (0xD800 + random.nextInt(0x800));
                case 4 -> (char) (0xFE70 + random.nextInt(0x90));
                default -> (char) random.nextInt(0x10000);
            });
        }
        return sb.toString();
    }

    /** Percent-encodes everything but unreserved ASCII; lone surrogates go out as the invalid UTF-8 they would be. */
    static String encode(String value) {
        var sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                appendUtf8(sb, Character.toCodePoint(c, value.charAt(++i)));
            } else {
                appendUtf8(sb, c); // a lone surrogate becomes CESU-style bytes: invalid UTF-8 on purpose
            }
        }
        return sb.toString();
    }

    private static void appendUtf8(StringBuilder sb, int cp) {
        byte[] bytes;
        if (cp < 0x80) {
            bytes = new byte[] { (byte) cp };
        } else if (cp < 0x800) {
            bytes = new byte[] { (byte) (0xC0 | cp >> 6), (byte) (0x80 | cp & 0x3F) };
        } else if (cp < 0x10000) {
            bytes = new byte[] { (byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F) };
        } else {
            bytes = new byte[] { (byte) (0xF0 | cp >> 18), (byte) (0x80 | cp >> 12 & 0x3F),
                    (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F) };
        }
        for (byte b : bytes) {
            sb.append('%').append(String.format("%02X", b & 0xFF));
        }
    }
}
