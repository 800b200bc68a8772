package org.sijill.extract.sources;

/**
 * A publisher or cited source of {@code lexicon/sources.tsv}, or an ad-hoc one ({@code twitter:<handle>}).
 *
 * @param affiliation actor id (amaq → isis), or null
 */
public record Source(String id, String nameEn, String nameAr, SourceKind kind, String affiliation) {
}
