package org.sijill.extract.sources;

/**
 * The publisher of an article as the article itself reveals it, with the evidence span (key-form offsets).
 *
 * @param ruleId {@code source.signature-line}, {@code source.donation-footer}, {@code source.dateline},
 *               {@code source.reporter} or {@code source.own-voice}
 */
public record PublisherMatch(String sourceId, String ruleId, int start, int end) {
}
