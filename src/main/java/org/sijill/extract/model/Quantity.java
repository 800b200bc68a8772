package org.sijill.extract.model;

/**
 * A count as reported: {@code value} is the number given (null when only bounds are known), {@code low}..{@code high}
 * the range it implies ({@code high} null when open-ended).
 */
public record Quantity(Integer value, int low, Integer high, String qualifier) {

    public static Quantity exact(int n) {
        return new Quantity(n, n, n, "EXACT");
    }
}
