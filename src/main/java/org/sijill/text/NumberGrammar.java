package org.sijill.text;

import java.util.List;

/**
 * Composes number words and digits into values, as in Duckling's Arabic rules:
 * <pre>
 * group  := HUNDRED (و TAIL)? | UNIT مئة (و TAIL)? | TAIL | DIGITS
 * tail   := UNIT|TEEN_HEAD عشر(ة)  | UNIT|TEEN_HEAD و TENS | TENS | UNIT
 * number := (group SCALE)* group?      each part after the first starts with و
 * </pre>
 * {@code ثلاثمئة وأربعة وسبعون} = 374, {@code ثلاثة آلاف وخمسمئة} = 3500, {@code خمسة وعشرين ألفاً} = 25000,
 * {@code 62 ألفاً} = 62000, {@code 2.5 مليون} = 2500000. Vague words stand alone or scale
 * ({@code عشرات الآلاف} = 10000..99999).
 */
final class NumberGrammar {

    enum Kind { UNIT, TEEN_HEAD, TENS, HUNDRED, SCALE, SCALE_DUAL, SCALE_PLURAL, VAGUE, ORDINAL, DIGITS }

    /** A lexicon entry of {@code numbers.tsv}. */
    record Word(Kind kind, long value, Long low, Long high) {
    }

    /** One number word or digit group at tokens {@code [start, end)}; {@code conj} if it began with و. */
    record Atom(Kind kind, long value, Long low, Long high, boolean conj, int start, int end, double decimal) {

        boolean isDecimal() {
            return !Double.isNaN(decimal);
        }
    }

    /** A parsed number at tokens {@code [start, end)}: an integer, a decimal, a vague count or an ordinal. */
    record Reading(int start, int end, long value, double decimal, Count vague, boolean ordinal, boolean words) {
    }


    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}([,.]\\d{3})+");

    private final PhraseTable<Word> words;

    NumberGrammar(PhraseTable<Word> words) {
        this.words = words;
    }

    Reading read(List<Token> t, int i) {
        Atom a = atom(t, i);
        if (a == null) {
            return null;
        }
        if (a.kind == Kind.ORDINAL) {
            Atom b = atom(t, a.end);
            int end = a.end;
            long v = a.value;
            if (b != null && !b.conj && b.kind == Kind.UNIT && b.value == 10) {
                end = b.end;
                v += 10;
            } else if (b != null && b.conj && b.kind == Kind.TENS) {
                end = b.end;
                v += b.value;
            } else {
                PhraseTable.Match<Word> tens = a.end < t.size() ? words.match(t, a.end, PhraseTable.DEFINITE) : null;
                if (tens != null && tens.prefix().equals("وال") && tens.value().kind() == Kind.TENS) {
                    end = tens.end();   // الحادي والعشرين
                    v += tens.value().value();
                }
            }
            return new Reading(a.start, end, v, Double.NaN, null, true, true);
        }
        if (a.kind == Kind.VAGUE || a.kind == Kind.SCALE_PLURAL) {
            Long value = a.value == 0 ? null : Long.valueOf(a.value);   // العديد من: no figure
            long low = a.kind == Kind.VAGUE ? a.low : a.value;
            Long high = a.kind == Kind.VAGUE ? a.high : Long.valueOf(a.value * 10 - 1);   // آلاف: 1000..9999
            int end = a.end;
            Atom s = atom(t, a.end);
            if (a.kind == Kind.VAGUE && s != null && !s.conj && s.kind == Kind.SCALE_PLURAL) {   // عشرات الآلاف
                value = value == null ? null : value * s.value;
                low *= s.value;
                high = high == null ? null : (high + 1) * s.value - 1;
                end = s.end;
            }
            return new Reading(a.start, end, 0, Double.NaN, Count.vague(value, low, high), false, true);
        }
        return compose(t, i);
    }

    private Reading compose(List<Token> t, int i) {
        long total = 0;
        long lastScale = Long.MAX_VALUE;
        int p = i;
        int start = -1;
        boolean any = false;
        boolean wordsSeen = false;
        while (true) {
            Atom a = atom(t, p);
            if (a == null || (any && !a.conj) || a.kind == Kind.VAGUE || a.kind == Kind.ORDINAL) {
                break;
            }
            if (start < 0) {
                start = a.conj && t.get(a.start).text().equals("و") ? a.start + 1 : a.start;
            }
            if (a.kind == Kind.SCALE || a.kind == Kind.SCALE_DUAL) {   // ألف, ألفين, مليون alone
                if (a.value >= lastScale) {
                    break;
                }
                total += (a.kind == Kind.SCALE_DUAL ? 2 : 1) * a.value;
                lastScale = a.value;
                p = a.end;
                any = wordsSeen = true;
                continue;
            }
            Atom g = group(t, p, any);
            if (g == null) {
                break;
            }
            wordsSeen |= g.kind != Kind.DIGITS;
            Atom s = atom(t, g.end);
            boolean scales = s != null && !s.conj && s.value < lastScale
                    && (s.kind == Kind.SCALE || (s.kind == Kind.SCALE_PLURAL && (g.value >= 2 || g.isDecimal())));
            if (scales) {
                total += g.isDecimal() ? Math.round(g.decimal * s.value) : g.value * s.value;
                lastScale = s.value;
                p = s.end;
                any = wordsSeen = true;
                continue;
            }
            if (g.isDecimal()) {
                if (!any) {
                    return new Reading(start, g.end, 0, g.decimal, null, false, false);
                }
                break;
            }
            if (any && g.value >= lastScale) {
                break;
            }
            total += g.value;
            p = g.end;
            any = true;
            break;
        }
        return any ? new Reading(start, p, total, Double.NaN, null, false, wordsSeen) : null;
    }

    /** Hundreds and what follows them, a tail, or one digit group. */
    private Atom group(List<Token> t, int p, boolean needConj) {
        Atom a = atom(t, p);
        if (a == null || (needConj && !a.conj)) {
            return null;
        }
        if (a.kind == Kind.DIGITS) {
            return a;
        }
        long v;
        int q;
        if (a.kind == Kind.HUNDRED) {
            v = a.value;
            q = a.end;
        } else {
            Atom b = a.kind == Kind.UNIT && a.value >= 1 && a.value <= 9 ? atom(t, a.end) : null;
            if (b == null || b.conj || b.kind != Kind.HUNDRED || b.value != 100) {
                return tail(t, p, needConj);
            }
            v = a.value * 100;   // ثلاث مئة
            q = b.end;
        }
        Atom rest = tail(t, q, true);
        if (rest != null) {
            v += rest.value;
            q = rest.end;
        }
        return new Atom(Kind.HUNDRED, v, null, null, a.conj, a.start, q, Double.NaN);
    }

    private Atom tail(List<Token> t, int p, boolean needConj) {
        Atom a = atom(t, p);
        if (a == null || (needConj && !a.conj)) {
            return null;
        }
        if ((a.kind == Kind.UNIT || a.kind == Kind.TEEN_HEAD) && a.value <= 9) {
            Atom b = atom(t, a.end);
            if (b != null && !b.conj && b.kind == Kind.UNIT && b.value == 10) {
                return new Atom(Kind.UNIT, a.value + 10, null, null, a.conj, a.start, b.end, Double.NaN);   // ثلاثة عشر
            }
            if (b != null && b.conj && b.kind == Kind.TENS) {
                return new Atom(Kind.TENS, a.value + b.value, null, null, a.conj, a.start, b.end, Double.NaN);   // خمسة وعشرون
            }
            return a.kind == Kind.TEEN_HEAD ? null : a;
        }
        return a.kind == Kind.UNIT || a.kind == Kind.TENS ? a : null;
    }

    /** The number word or digit group at token {@code i}; a separate or glued و sets {@code conj}. */
    Atom atom(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Token tok = t.get(i);
        if (tok.isWord("و") && i + 1 < t.size()) {
            Atom a = atom(t, i + 1);
            return a == null || a.conj ? null : new Atom(a.kind, a.value, a.low, a.high, true, i, a.end, a.decimal);
        }
        if (tok.is(Token.Type.NUMBER)) {
            return digits(tok, i);
        }
        if (!tok.is(Token.Type.WORD)) {
            return null;
        }
        PhraseTable.Match<Word> m = words.match(t, i, PhraseTable.NUMBER_CLITICS);
        if (m != null && !m.prefix().isEmpty() && !m.prefix().startsWith("و") && !m.prefix().startsWith("ف")
                && tok.text().length() - m.prefix().length() < 3) {
            m = null;   // "لست" is "I am not", not ل + ست
        }
        if (m == null) {
            m = words.match(t, i, PhraseTable.DEFINITE);   // العشرات, الآلاف: only vague words take the article
            if (m == null || m.prefix().isEmpty() || (m.value().kind() != Kind.VAGUE && m.value().kind() != Kind.SCALE_PLURAL)) {
                return null;
            }
        }
        Word w = m.value();
        boolean conj = m.prefix().startsWith("و") || m.prefix().startsWith("ف");
        return new Atom(w.kind(), w.value(), w.low(), w.high(), conj, i, m.end(), Double.NaN);
    }

    /** {@code 1,200} and {@code 1.200} are 1200 (groups of three); {@code 2.5} and {@code 12,7} are decimals. */
    static Atom digits(Token tok, int i) {
        try {
            return digitsOrThrow(tok, i);
        } catch (NumberFormatException e) {
            return null;   // "1.2.3.4" (a version, an IP): no count can be read from it
        }
    }

    private static Atom digitsOrThrow(Token tok, int i) {
        String s = tok.text();
        if ((s.indexOf(',') >= 0 || s.indexOf('.') >= 0) && THOUSANDS.matcher(s).matches()) {
            String plain = s.replace(",", "").replace(".", "");
            // like a plain run of more than 18 digits: too large for a long, kept as "huge" rather than failing
            long value = plain.length() > 18 ? Long.MAX_VALUE : Long.parseLong(plain);
            return new Atom(Kind.DIGITS, value, null, null, false, i, i + 1, Double.NaN);
        }
        if (s.indexOf('.') >= 0 || s.indexOf(',') >= 0) {
            String d = s.replace(',', '.');
            if (d.indexOf('.') != d.lastIndexOf('.')) {
                return new Atom(Kind.DIGITS, 0, null, null, false, i, i + 1, Double.parseDouble(d.substring(0, d.lastIndexOf('.'))));
            }
            return new Atom(Kind.DIGITS, 0, null, null, false, i, i + 1, Double.parseDouble(d));
        }
        if (s.length() > 18) {
            return new Atom(Kind.DIGITS, Long.MAX_VALUE, null, null, false, i, i + 1, Double.NaN);
        }
        return new Atom(Kind.DIGITS, Long.parseLong(s), null, null, false, i, i + 1, Double.NaN);
    }
}
