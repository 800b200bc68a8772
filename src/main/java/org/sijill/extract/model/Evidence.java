package org.sijill.extract.model;

/** The exact words a fact came from: {@code quote} equals {@code originalText.substring(start, end)}. */
public record Evidence(String quote, int start, int end) {

    public static Evidence of(String original, int start, int end) {
        return new Evidence(original.substring(start, end), start, end);
    }
}
