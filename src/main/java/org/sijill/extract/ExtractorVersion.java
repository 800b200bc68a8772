package org.sijill.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The version of the extractor: the rules' own version plus a hash of every data file they read (listed in
 * {@code extraction-resources.txt}). Stored with each article, so a change to rules or lexicons re-extracts stored
 * articles at the next start.
 */
public final class ExtractorVersion {

    /** Raise when a rule changes behaviour without any data file changing. */
    static final String RULES = "rules-3";

    private ExtractorVersion() {
    }

    public static List<String> resources() {
        return read("/extraction-resources.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static String compute() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(RULES.getBytes(StandardCharsets.UTF_8));
            for (String r : resources()) {
                digest.update(r.getBytes(StandardCharsets.UTF_8));
                digest.update(read("/" + r).getBytes(StandardCharsets.UTF_8));
            }
            return RULES + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ExtractorVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
