package org.sijill.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into some string, usually the article's
 * original text. {@code original.substring(start, end)} is the exact quote.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers in {@code original}. */
    public String quote(String original) {
        return original.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
