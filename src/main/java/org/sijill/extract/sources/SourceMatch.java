package org.sijill.extract.sources;

/**
 * A cited source in key-form text. {@code [start, end)} runs from the cue to the end of the source's name
 * ({@code بحسب شبكة فرات بوست}); for a bare mention or a tweet embed it is the name or the embed line.
 */
public record SourceMatch(int start, int end, String sourceId, String ruleId, CueKind cueKind) {
}
