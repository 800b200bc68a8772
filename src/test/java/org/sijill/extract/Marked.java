package org.sijill.extract;

/**
 * A test sentence with the expected evidence in square brackets: "هجوم في [مدينة الرقة] أمس". Keeps the
 * expected span in the same (Arabic) table column as the sentence, so tables stay bidi-safe.
 */
public record Marked(String key, String evidence) {

    public static Marked of(String marked) {
        int a = marked.indexOf('[');
        int b = marked.indexOf(']');
        String plain = marked.replace("[", "").replace("]", "");
        return new Marked(TestKeys.key(plain), a < 0 ? null : TestKeys.key(marked.substring(a + 1, b)));
    }

    /** Key-form text of [start, end). */
    public String span(int start, int end) {
        return key.substring(start, end);
    }
}
