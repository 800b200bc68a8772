package org.sijill.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code *.txt} files of a folder as articles. A file that cannot be an article (not UTF-8, empty, too
 * large, unreadable, or a name that cannot be an id) is reported as skipped with the reason; it never stops the rest.
 */
public final class SeedReader {

    /** Ids appear in URLs: keep them to a safe, readable alphabet. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final int maxBytes;

    public SeedReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** One file's outcome: an article to store, or the reason it was skipped. */
    public record Read(Path file, ArticleInput article, String skipReason) {
        public boolean ok() {
            return article != null;
        }
    }

    public List<Read> readFolder(Path folder) throws IOException {
        List<Path> files = list(folder);
        var reads = new ArrayList<Read>(files.size());
        for (Path file : files) {
            reads.add(read(file));
        }
        return reads;
    }

    /** The folder's {@code *.txt} files, in name order. */
    public List<Path> list(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    public Read read(Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        if (!ID.matcher(id).matches()) {
            return skipped(file, "file name is not a usable article id (letters, digits, '.', '_', '-'; 200 at most)");
        }
        try {
            if (!Files.isRegularFile(file)) {
                return skipped(file, "not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return skipped(file, "larger than the limit of " + maxBytes + " bytes (" + size + " bytes)");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decodeUtf8(bytes);
            if (text.isBlank()) {
                return skipped(file, "empty");
            }
            return new Read(file, ArticleInput.seed(id, bytes, text), null);
        } catch (CharacterCodingException e) {
            return skipped(file, "not valid UTF-8");
        } catch (IOException e) {
            return skipped(file, "unreadable: " + e.getMessage());
        }
    }

    /** Strict decoding: a malformed byte is an error, never a silent replacement character. */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Read skipped(Path file, String reason) {
        return new Read(file, null, reason);
    }
}
