package org.sijill.text;

import java.util.function.IntToLongFunction;

/**
 * A 64-bit mask per {@link Word} (e.g. "which phrase tables can start a phrase with this word"), worked out once
 * per word and kept with it, and again only when its {@code generation} (a counter the owner bumps whenever what the
 * masks depend on changes) has moved on. {@link #forText} gives one text's cache by token index on top of that.
 */
public final class WordMasks {

    private final int slot = Word.newSlot();

    /** A word's mask as of {@code generation}. */
    private record Known(long generation, long mask) {
    }

    /** Masks for the tokens of one text (whose words are {@code words}); not thread-safe, one per text. */
    public PerText forText(Word[] words) {
        return new PerText(words);
    }

    /** One text's masks by token index, made on first use. */
    public final class PerText {

        private final Word[] words;
        private long[] masks;
        private boolean[] known;
        private long generation = -1;

        private PerText(Word[] words) {
            this.words = words;
        }

        /** The mask of token i as of {@code generation}; {@code compute} makes it from the token index if needed. */
        public long at(int i, long generation, IntToLongFunction compute) {
            if (masks == null || this.generation != generation) {
                masks = new long[words.length];
                known = new boolean[words.length];
                this.generation = generation;
            }
            if (!known[i]) {
                Word w = words[i];
                Known k = (Known) w.fact(slot);
                if (k == null || k.generation() != generation) {
                    k = new Known(generation, compute.applyAsLong(i));
                    w.fact(slot, k);
                }
                masks[i] = k.mask();
                known[i] = true;
            }
            return masks[i];
        }
    }
}
