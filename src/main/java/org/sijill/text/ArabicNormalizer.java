package org.sijill.text;

import java.util.regex.Pattern;

/** Interim normaliser (replaced by the full toolkit): tatweel-split joins, folds for search. */
public final class ArabicNormalizer {
    private static final String AL = "[\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3]";
    private static final Pattern T1 = Pattern.compile("(?<=" + AL + ")\\u0640+[ .\\-_*]+\\u0640+(?=" + AL + ")");
    private static final Pattern D1 = Pattern.compile("(?<=" + AL + ")[\\u06611](?=" + AL + ")");

    public static ArabicNormalizer standard() {
        return new ArabicNormalizer();
    }

    public String display(String s) {
        String out = s.replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\uFEFF]", "");
        out = T1.matcher(out).replaceAll("");
        return D1.matcher(out).replaceAll("ا");
    }

    public String key(String s) {
        var sb = new StringBuilder();
        for (char c : display(s).toCharArray()) {
            if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') continue;
            if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') c = 'ا';
            else if (c == 'ى') c = 'ي';
            else if (c == 'ة') c = 'ه';
            else if (c >= '\u0660' && c <= '\u0669') c = (char) ('0' + c - '\u0660');
            sb.append(c);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
