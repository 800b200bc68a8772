package org.sijill.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article as received, before anything is derived from it.
 *
 * @param sha256 of the original bytes, so the same file always hashes the same
 */
public record ArticleInput(String id, String text, String sha256, Origin origin, String url) {

    public enum Origin { SEED, API }

    public static ArticleInput seed(String id, byte[] bytes, String text) {
        return new ArticleInput(id, text, sha256(bytes), Origin.SEED, null);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
