package org.sijill.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * An article as received, before anything is derived from it.
 *
 * @param sha256 of the original bytes, so the same file always hashes the same
 * @param title a title supplied with the article, or null to take the text's first line
 * @param publisher a source id supplied as the publisher, or null to read it from the text
 * @param publishedDate a publication date supplied with the article, or null to infer it from the text
 */
public record ArticleInput(String id, String text, String sha256, Origin origin, String url, String title,
        String publisher, LocalDate publishedDate) {

    public enum Origin { SEED, API }

    public ArticleInput(String id, String text, String sha256, Origin origin, String url) {
        this(id, text, sha256, origin, url, null, null, null);
    }

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
