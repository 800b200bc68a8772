package org.sijill.ingest;

import org.sijill.text.ArabicNormalizer;

/** Small derivations from an article's text: display title and language. */
final class ArticleTexts {

    private static final int TITLE_MAX = 500;

    private ArticleTexts() {
    }

    /** The first non-empty line, with the tatweel-split obfuscation joined back and nothing else altered. */
    static String title(String text, ArabicNormalizer normalizer) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        String title = normalizer.display(first).strip();
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX).strip() + "…";
    }

    /** "ar" when Arabic letters outnumber Latin ones, else "en"; quoted tweets do not change an Arabic article. */
    static String language(String text) {
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && Character.isLetter(c)).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                && Character.isLetter(c)).count();
        return arabic >= latin ? "ar" : "en";
    }
}
