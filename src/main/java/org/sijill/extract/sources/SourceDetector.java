package org.sijill.extract.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;

/**
 * Finds who an article cites ({@link #citations}) and who published it ({@link #publisher}), from the text.
 *
 * <p>Citations: a source name after a cue in the same clause ({@code بحسب شبكة فرات بوست}، {@code وقالت قسد}،
 * {@code ونشرت وكالة أعماق}، {@code ذكر مصدر عسكري لوكالة رويترز} → reuters as the outlet told), a social
 * network after على/عبر, a media name on its own, and tweet embed lines ({@code — Name (@handle) January 21,
 * 2022} → {@code twitter:handle}).
 */
public final class SourceDetector {

    /** The line an embedded tweet ends with: "— Display Name (@handle) Month D, YYYY". */
    private static final Pattern TWEET_EMBED = Pattern.compile(
            "[—–]\\s?([^—–()\\n]{1,60}?)\\s?\\(@([A-Za-z0-9_]{1,30})\\)(\\s?[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})?");

    private final SourceLexicon lexicon;

    private final PublisherRules publisherRules;

    public SourceDetector(SourceLexicon lexicon) {
        this.lexicon = lexicon;
        this.publisherRules = new PublisherRules(lexicon);
    }

    /** The article's publisher as the article reveals it, or empty. */
    public Optional<PublisherMatch> publisher(String keyText) {
        return publisher(KeyText.of(keyText));
    }

    public Optional<PublisherMatch> publisher(KeyText text) {
        return publisherRules.publisher(new SourceScan(lexicon, text));
    }

    /** Cited sources in text order (key-form offsets). */
    public List<SourceMatch> citations(String keyText) {
        return citations(KeyText.of(keyText));
    }

    public List<SourceMatch> citations(KeyText text) {
        return citations(new SourceScan(lexicon, text));
    }

    /** Publisher and citations from one scan of the article (what the pipeline wants). */
    public ArticleSources detect(KeyText text) {
        var scan = new SourceScan(lexicon, text);
        return new ArticleSources(publisherRules.publisher(scan), citations(scan));
    }

    private List<SourceMatch> citations(SourceScan scan) {
        String keyText = scan.text.text();
        var out = new ArrayList<SourceMatch>();
        for (var m : scan.mentions) {
            Source source = lexicon.source(m.value().sourceId()).orElseThrow();
            var cue = scan.cueBefore(m, source.kind() == SourceKind.SOCIAL_MEDIA);
            if (cue != null && (!m.value().cueOnly() || m.first() - cue.last() <= 1)) {
                CueKind kind = told(cue, m, source, scan) ? CueKind.TOLD : cue.value().kind();
                out.add(new SourceMatch(cue.start(), m.end(), source.id(), kind.ruleId, kind));
            } else if (!m.value().cueOnly() && source.kind().isMedia()) {
                out.add(new SourceMatch(m.start(), m.end(), source.id(), CueKind.MENTION.ruleId, CueKind.MENTION));
            }
        }
        // Every embed line has "(@": most articles have none, and then the regex need not scan them.
        Matcher e = TWEET_EMBED.matcher(keyText);
        while (keyText.contains("(@") && e.find()) {
            String id = "twitter:" + e.group(2).toLowerCase(Locale.ROOT);
            out.add(new SourceMatch(e.start(), e.end(), id, CueKind.EMBED.ruleId, CueKind.EMBED));
        }
        out.sort(Comparator.comparingInt(SourceMatch::start));
        return out;
    }

    /** "ذكر مصدر عسكري ... لوكالة رويترز": a speech verb, then an outlet with لـ, is what the outlet was told. */
    private static boolean told(PhraseIndex.Hit<SourceLexicon.Cue> cue, PhraseIndex.Hit<SourceLexicon.Alias> m,
            Source source, SourceScan scan) {
        boolean withLam = m.clitics().endsWith("ل")
                || m.first() > 0 && scan.text.token(m.first() - 1).equals("ل") && scan.text.joinsNext(m.first() - 1);
        return cue.value().kind() == CueKind.SAID && withLam && source.kind().isMedia();
    }

    /** A lexicon source, or an ad-hoc one for ids this detector makes up ({@code twitter:<handle>}). */
    public Optional<Source> describe(String sourceId) {
        Optional<Source> known = lexicon.source(sourceId);
        if (known.isPresent() || !sourceId.startsWith("twitter:")) {
            return known;
        }
        String handle = sourceId.substring("twitter:".length());
        return Optional.of(new Source(sourceId, "@" + handle, "", SourceKind.SOCIAL_MEDIA, null));
    }
}
