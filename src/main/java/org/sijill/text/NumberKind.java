package org.sijill.text;

/**
 * What a number in the text is. Only {@link #COUNT} may become a casualty figure; every other kind
 * says what the number is <em>not</em>, so the extractor never mistakes it for one.
 */
public enum NumberKind {
    /** A count of something: {@code 6}, {@code ستة}, {@code نحو 900}, {@code عشرات}. */
    COUNT,
    /** An ordinal or a definite numeral: {@code الثالث}, {@code الـ 24}, {@code الحادي عشر}. */
    ORDINAL,
    /** A year: {@code عام 2019}, {@code 2022} standing alone, {@code 1446هـ}. */
    YEAR,
    /** The day or month of a date: {@code 19} in {@code 19 من كانون الثاني}, {@code 19/1/2025}. */
    DATE_PART,
    /** A clock time: {@code 10:30}, {@code الساعة 10}, {@code 6 صباحاً}. */
    TIME,
    /** A length of time: {@code 24 ساعة}, {@code 3 أيام}. */
    DURATION,
    /** A percentage: {@code 25%}, {@code 10 بالمئة}. */
    PERCENTAGE,
    /** A weapon calibre: {@code عيار 12.7}, {@code 120 ملم}. */
    CALIBRE,
    /** A measured quantity or a decimal: {@code 5 كم}, {@code دولار واحد}, {@code 2.5}. */
    MEASURE,
    /** Digits inside a URL, handle or hashtag: {@code pic.twitter.com/i7asX0525C}, {@code @Hanzpal2}. */
    HANDLE_OR_URL,
    /** A phone number: 7+ digits, or after {@code +}. */
    PHONE,
    /** Part of a name or code: {@code “دير الزور 24”} (an outlet), {@code F16}. */
    NAME,
    /** A number alone on its line: page furniture such as a view counter ({@code 17}). */
    ISOLATED
}
