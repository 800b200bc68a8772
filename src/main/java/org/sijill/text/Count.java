package org.sijill.text;

/**
 * A count read from the text, as UCDP-style best/low/high. Conventions:
 * <ul>
 *   <li>{@code value}: the single figure the text gives, or null when it gives only bounds.</li>
 *   <li>EXACT {@code N}: value = low = high = N.</li>
 *   <li>APPROXIMATE {@code نحو N}: value N, low/high N ∓ 10% (integer division: 900 → 810..990).
 *       A range {@code من 30 إلى 40}, {@code بين 30 و40}, {@code 3 أو 4}: value null, low 30, high 40.</li>
 *   <li>AT_LEAST: {@code أكثر من 25} → low 26 (strictly more); {@code ما لا يقل عن 12}, {@code 12 على الأقل}
 *       → low 12; value and high null. Use {@code low} as the conservative figure.</li>
 *   <li>AT_MOST: {@code أقل من 10} → low 0, high 9; {@code لا يزيد عن 10} → high 10; value null.</li>
 *   <li>VAGUE: ACLED's conservative codes. {@code عشرات} value 10, 10..99; {@code مئات} 100, 100..999;
 *       {@code آلاف} 1000, 1000..9999; {@code عشرات الآلاف} 10000, 10000..99999; {@code بضعة} 3, 3..9;
 *       {@code عدة}/{@code عدد من} 3, 2..null; {@code العديد من} null, 3..null; a bare plural noun
 *       ({@code عناصر}) null, 3..null.</li>
 *   <li>Counted nouns without a numeral ({@link CountNouns}): a dual ({@code عنصرين}) EXACT 2, an indefinite
 *       singular ({@code طفل}) EXACT 1, an ambiguous dual-or-plural ({@code مقاتلين}) AT_LEAST 2.</li>
 * </ul>
 *
 * @param high null when unbounded
 */
public record Count(Long value, long low, Long high, Qualifier qualifier) {

    public static Count exact(long n) {
        return new Count(n, n, n, Qualifier.EXACT);
    }

    public static Count approximately(long n) {
        return new Count(n, n - n / 10, n + n / 10, Qualifier.APPROXIMATE);
    }

    /** A range {@code [low, high]} with no single figure. */
    public static Count range(long low, long high) {
        return new Count(null, low, high, Qualifier.APPROXIMATE);
    }

    /** Strictly more than {@code n}: low n + 1. */
    public static Count moreThan(long n) {
        return new Count(null, n + 1, null, Qualifier.AT_LEAST);
    }

    public static Count atLeast(long n) {
        return new Count(null, n, null, Qualifier.AT_LEAST);
    }

    /** Strictly fewer than {@code n}: high n - 1. */
    public static Count lessThan(long n) {
        return new Count(null, 0, Math.max(0, n - 1), Qualifier.AT_MOST);
    }

    public static Count atMost(long n) {
        return new Count(null, 0, n, Qualifier.AT_MOST);
    }

    public static Count vague(Long value, long low, Long high) {
        return new Count(value, low, high, Qualifier.VAGUE);
    }

    /** The figure to use when one number is needed: the stated value, else the lower bound. */
    public long best() {
        return value != null ? value : low;
    }
}
