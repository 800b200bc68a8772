package org.sijill.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the project's UTF-8 TSV resources: {@code #} starts a comment line, blank lines are skipped. */
public final class Tsv {

    private Tsv() {
    }

    /** Rows of a classpath resource; each row has at least {@code minColumns} fields (missing ones are ""). */
    public static List<String[]> read(String resource, int minColumns) {
        var rows = new ArrayList<String[]>();
        try (BufferedReader in = open(resource)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < minColumns) {
                    fields = Arrays.copyOf(fields, minColumns);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i] == null ? "" : fields[i];
                    }
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                if (fields[0].isEmpty()) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": empty first column");
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    public static BufferedReader open(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    public static boolean exists(String resource) {
        return Tsv.class.getClassLoader().getResource(resource) != null;
    }

    /** Splits a multi-valued field ("a;b" or "a|b"), dropping empties. */
    public static List<String> list(String field, String separatorRegex) {
        var out = new ArrayList<String>();
        for (String s : field.split(separatorRegex)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
