package org.sijill.extract.sources;

/**
 * How a text points at a source. The first group attributes information ({@link SourceMatch}); SIGNATURE,
 * DONATION and OWN_VOICE only reveal an article's publisher ({@link PublisherMatch}); MEDIUM ("لموقع X") marks the
 * outlet someone spoke to.
 */
public enum CueKind {
    ACCORDING_TO("source.according-to"),
    SAID("source.said"),
    TOLD("source.told-outlet"),
    PUBLISHED("source.published"),
    MONITORED("source.monitored"),
    REPORTER("source.reporter"),
    ON_PLATFORM("source.on-platform"),
    EMBED("source.tweet-embed"),
    MENTION("source.mention"),
    SIGNATURE("source.signature-line"),
    DONATION("source.donation-footer"),
    OWN_VOICE("source.own-voice"),
    MEDIUM("source.told-outlet");

    public final String ruleId;

    CueKind(String ruleId) {
        this.ruleId = ruleId;
    }

    /** Verbs and prepositions that introduce who said something (not publisher-only cues). */
    boolean attributes() {
        return ordinal() <= REPORTER.ordinal();
    }
}
