package org.sijill.extract.sources;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher signals an article carries, strongest first: a signature line at the end ({@code المصدر : رأي
 * اليوم}); a donation footer ({@code ادعم عنب بلدي}); a dateline ({@code الحسكة – نورث برس}); its own reporter
 * ({@code أفاد مراسل "العربي"}, outlets only: an agency's reporter is a citation); a monitor writing in its own
 * voice ({@code رصد نشطاء المرصد}، {@code ووفقا لمصادر المرصد}، {@code يكون المرصد قد أحصى}) with an own-voice
 * score of {@value #OWN_VOICE_THRESHOLD} or more (weights in source-cues.tsv). Third-party reporting of a monitor
 * ("وثق المرصد السوري") scores 1 per mention and rarely reaches it. Before the own voice: the outlet a speaker told
 * ({@code وقالت شبكة عين الفرات لموقع تلفزيون سوريا}).
 */
final class PublisherRules {

    private static final java.util.regex.Pattern SIGNATURE_GAP = java.util.regex.Pattern.compile("[\\s:\"“”«»\\-–—]*");
    private static final java.util.regex.Pattern DASH_GAP = java.util.regex.Pattern.compile("\\s*[-–—]\\s*");


    static final int OWN_VOICE_THRESHOLD = 3;

    /** A signature line sits in the last quarter of the article or its last 600 chars. */
    private static final int SIGNATURE_TAIL = 600;

    private static final int DATELINE_HEAD = 200;

    private final SourceLexicon lexicon;

    PublisherRules(SourceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<PublisherMatch> publisher(SourceScan scan) {
        return signature(scan).or(() -> adjacent(scan, CueKind.DONATION))
                .or(() -> dateline(scan)).or(() -> reporter(scan)).or(() -> toldOutlet(scan)).or(() -> ownVoice(scan));
    }

    private Optional<PublisherMatch> signature(SourceScan scan) {
        int length = scan.text.text().length();
        PublisherMatch found = null;
        for (var cue : scan.cues) {
            if (cue.value().kind() != CueKind.SIGNATURE || cue.start() < Math.min(length * 3 / 4, length - SIGNATURE_TAIL)) {
                continue;
            }
            var m = scan.mentionAt(cue.last());
            String gap = m == null ? "" : scan.text.text().substring(cue.end(), m.start());
            if (m != null && gap.contains(":") && SIGNATURE_GAP.matcher(gap).matches()) {
                found = new PublisherMatch(m.value().sourceId(), CueKind.SIGNATURE.ruleId, cue.start(), m.end());
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<PublisherMatch> adjacent(SourceScan scan, CueKind kind) {
        for (var cue : scan.cues) {
            var m = cue.value().kind() == kind ? scan.mentionAt(cue.last()) : null;
            if (m != null && scan.text.joinsNext(cue.last() - 1)) {
                return Optional.of(new PublisherMatch(m.value().sourceId(), kind.ruleId, cue.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private Optional<PublisherMatch> dateline(SourceScan scan) {
        String text = scan.text.text();
        for (var m : scan.mentions) {
            if (m.start() >= DATELINE_HEAD) {
                break;
            }
            Source s = lexicon.source(m.value().sourceId()).orElseThrow();
            boolean outlet = s.kind() == SourceKind.NEWS_OUTLET || s.kind() == SourceKind.NEWS_AGENCY
                    || s.kind() == SourceKind.LOCAL_NETWORK;
            String before = m.first() > 0 ? text.substring(scan.text.end(m.first() - 1), m.start() - m.clitics().length())
                    : text.substring(0, m.start());
            String after = scan.text.gapAfter(m.last() - 1);
            // "الحسكة – هاوار" ending its line: a name that is also a word counts only there
            boolean lineEnd = isDash(before) && after.contains("\n");
            if (outlet && (!m.value().cueOnly() || lineEnd) && (isDash(before) || isDash(after))) {
                return Optional.of(new PublisherMatch(s.id(), "source.dateline", m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static boolean isDash(String gap) {
        return DASH_GAP.matcher(gap).matches();
    }

    private Optional<PublisherMatch> reporter(SourceScan scan) {
        for (var cue : scan.cues) {
            if (cue.value().kind() != CueKind.REPORTER) {
                continue;
            }
            var m = scan.mentionAt(cue.last());
            Source s = m == null ? null : lexicon.source(m.value().sourceId()).orElseThrow();
            if (s != null && (s.kind() == SourceKind.NEWS_OUTLET || s.kind() == SourceKind.LOCAL_NETWORK)) {
                return Optional.of(new PublisherMatch(s.id(), CueKind.REPORTER.ruleId, cue.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * "وقالت شبكة عين الفرات المحلية لموقع تلفزيون سوريا": who a speaker told is the outlet that interviewed them, the
     * article's publisher; an agency told ("لوكالة رويترز") is a citation.
     */
    private Optional<PublisherMatch> toldOutlet(SourceScan scan) {
        for (var m : scan.mentions) {
            Source s = lexicon.source(m.value().sourceId()).orElseThrow();
            if (m.value().cueOnly() || s.kind() != SourceKind.NEWS_OUTLET && s.kind() != SourceKind.LOCAL_NETWORK) {
                continue;
            }
            boolean told = m.clitics().endsWith("ل") || scan.cues.stream().anyMatch(c -> c.value().kind() == CueKind.MEDIUM
                    && c.last() == m.first() && c.clitics().endsWith("ل"));
            var cue = told ? scan.cueBefore(m, false) : null;
            if (cue != null && cue.value().kind() == CueKind.SAID) {
                return Optional.of(new PublisherMatch(s.id(), CueKind.MEDIUM.ruleId, cue.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private Optional<PublisherMatch> ownVoice(SourceScan scan) {
        Map<String, Integer> score = new HashMap<>();
        Map<String, PublisherMatch> evidence = new HashMap<>();
        for (var cue : scan.cues) {
            int weight = cue.value().weight();
            var m = weight > 0 ? scan.mentionAt(cue.last()) : null;
            if (m == null || scan.interrupted(cue.last(), m.first())) {
                continue;
            }
            Source s = lexicon.source(m.value().sourceId()).orElseThrow();
            if (s.kind() == SourceKind.MONITOR) {
                score.merge(s.id(), weight, Integer::sum);
                evidence.putIfAbsent(s.id(), new PublisherMatch(s.id(), CueKind.OWN_VOICE.ruleId, cue.start(), m.end()));
            }
        }
        return score.entrySet().stream().filter(e -> e.getValue() >= OWN_VOICE_THRESHOLD)
                .max(Map.Entry.comparingByValue()).map(e -> evidence.get(e.getKey()));
    }
}
