package org.sijill.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV of a whole collection, streamed batch by batch (never the whole result in memory): a header row, CRLF
 * line ends, quoting by jackson-dataformat-csv, UTF-8 with a byte order mark so Excel and LibreOffice open Arabic
 * text correctly. Nested values are flattened into named columns; lists are joined with {@code ;}.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

    private static final CsvMapper MAPPER = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** One column: its header and how to read its value from a row. */
    public record Column<T>(String name, Function<T, Object> value) {
    }

    private CsvExport() {
    }

    public static <T> Column<T> col(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    /** @param fileName without extension; the collection's name */
    public static <T> Response response(String fileName, List<Column<T>> columns, Batches<T> rows) {
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            write(writer, columns, rows);
            writer.flush();
        };
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=" + fileName + ".csv").build();
    }

    static <T> void write(Writer writer, List<Column<T>> columns, Batches<T> rows) throws java.io.IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(c -> schema.addColumn(c.name()));
        try (SequenceWriter out = MAPPER.writer(schema.build().withHeader().withLineSeparator("\r\n"))
                .writeValues(writer)) {
            for (var batch : rows) {
                for (T row : batch) {
                    var values = new LinkedHashMap<String, Object>();
                    for (Column<T> c : columns) {
                        values.put(c.name(), cell(c.value().apply(row)));
                    }
                    out.write(values);
                }
            }
        }
    }

    private static Object cell(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return v.toString();
    }
}
