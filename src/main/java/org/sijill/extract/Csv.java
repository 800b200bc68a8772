package org.sijill.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Minimal RFC 4180 reader for the gazetteer CSVs (one header row, no embedded newlines, as their README says). */
public final class Csv {

    /** One data row, read by column name. */
    public record Row(Map<String, Integer> columns, String[] fields) {

        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return i < fields.length ? fields[i] : "";
        }
    }

    private Csv() {
    }

    public static void read(String resource, Consumer<Row> consumer) {
        try (BufferedReader in = Tsv.open(resource)) {
            String header = in.readLine();
            if (header == null) {
                return;
            }
            var columns = new HashMap<String, Integer>();
            String[] names = split(header.replace("\uFEFF", ""));
            for (int i = 0; i < names.length; i++) {
                columns.put(names[i], i);
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    consumer.accept(new Row(columns, split(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static String[] split(String line) {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        var out = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }
}
