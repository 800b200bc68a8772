package org.sijill.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a lexicon TSV from the classpath: UTF-8, {@code #} comments, blank lines ignored, one entry per
 * line, columns split by TAB. The file must declare its columns in a {@code # FORMAT:} comment, e.g.
 * <pre>
 * # FORMAT: form&lt;TAB&gt;kind&lt;TAB&gt;value
 * ثلاثة	UNIT	3
 * </pre>
 * Surface forms are written as the press writes them; {@link Lexicon} runs them through the normaliser.
 */
public final class LexiconFile {

    /** One data line: its 1-based line number (for error messages) and its columns. */
    public record Row(String resource, int line, List<String> columns) {

        /** Column {@code i}, or {@code ""} if the line is shorter. */
        public String col(int i) {
            return i < columns.size() ? columns.get(i).strip() : "";
        }

        public IllegalArgumentException error(String why) {
            return new IllegalArgumentException(resource + ":" + line + ": " + why);
        }
    }

    private final String resource;
    private final String format;
    private final List<Row> rows;

    private LexiconFile(String resource, String format, List<Row> rows) {
        this.resource = resource;
        this.format = format;
        this.rows = List.copyOf(rows);
    }

    /** Reads {@code resource} (e.g. {@code lexicon/ar/months.tsv}) from the classpath. */
    public static LexiconFile read(String resource) {
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("lexicon not found on classpath: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LexiconFile parse(String resource, List<String> lines) {
        String format = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String t = line.strip();
            if (t.startsWith("#")) {
                String c = t.substring(1).strip();
                if (c.startsWith("FORMAT:") && format == null) {
                    format = c.substring("FORMAT:".length()).strip();
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            rows.add(new Row(resource, i + 1, Arrays.asList(line.split("\t", -1))));
        }
        if (format == null) {
            throw new IllegalArgumentException(resource + ": no '# FORMAT:' line");
        }
        return new LexiconFile(resource, format, rows);
    }

    public String resource() {
        return resource;
    }

    public String format() {
        return format;
    }

    public List<Row> rows() {
        return rows;
    }
}
