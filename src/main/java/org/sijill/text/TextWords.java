package org.sijill.text;

/**
 * The {@link Word}s of one text by start offset: the number and date finders, the rules and the place/actor/source
 * scanner each cut the same key view into tokens, and the second and third find a token's word here with one array
 * read instead of another look-up in the shared table. Not thread-safe: one per text, used by one thread.
 */
public final class TextWords {

    private final String text;
    private final Word[] byStart;

    public TextWords(String text) {
        this.text = text;
        this.byStart = new Word[text.length()];
    }

    /** The word {@code text[start, end)}. */
    public Word at(int start, int end) {
        if (start < 0 || start >= byStart.length) {
            return Word.of(text, start, end);
        }
        Word w = byStart[start];
        if (w == null || w.text().length() != end - start) {
            w = Word.of(text, start, end);
            byStart[start] = w;
        }
        return w;
    }

    /** The text the offsets refer to. */
    public String text() {
        return text;
    }
}
