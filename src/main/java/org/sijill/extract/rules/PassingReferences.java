package org.sijill.extract.rules;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sijill.text.DateMention;

/**
 * Whether an event word reports the article's own event or refers in passing to another (lexicon
 * {@code reference-markers.tsv}): a marker anywhere in its sentence ("وتعود جذور التوتر إلى ...", "لا تشمل عملية
 * ..."), a marker a few words before it ("على خلفية اعتقال ...", "بعد الهجوم ..."), or one earlier in its sentence
 * that puts what follows before ("ويأتي هذا الاعتداء بعد أيام من ..."). After the article's first event, an event
 * dated only to a month or a year is background too.
 */
final class PassingReferences {

    private final PhraseTable<String> markers;

    PassingReferences(UnaryOperator<String> key) {
        this.markers = PhraseTable.load("/lexicon/ar/reference-markers.tsv", key, true, r -> r[1]);
    }

    /** The sentences whose every event word is a reference ("الجدير ذكره", "سبق أن"). */
    Set<Integer> markedSentences(Tokens t) {
        var sentences = new HashSet<Integer>();
        for (var hit : markers.findAll(t)) {
            if ("SENTENCE".equals(hit.value())) {
                sentences.add(t.get(hit.from()).sentence());
            }
        }
        return sentences;
    }

    /** The event word at {@code trigger} is a reference: its sentence is marked, or a marker stands before it. */
    boolean marked(Tokens t, int trigger, Set<Integer> markedSentences) {
        return markedSentences.contains(t.get(trigger).sentence()) || markedBefore(t, trigger)
                || markedEarlierInSentence(t, trigger);
    }

    /** "هجوما كبيرا ... في يناير" after the article's own event: dated only to a month or a year, it is background. */
    static boolean background(DateMention date, boolean afterFirstEvent) {
        return afterFirstEvent && date != null && EventSetting.isCoarse(date);
    }

    private boolean markedBefore(Tokens t, int trigger) {
        for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
            if (t.sameSentence(k, trigger) && markers.at(t, k).map(h -> "BEFORE".equals(h.value())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** "بعد أيام من ..." earlier in the sentence: what the rest of the sentence tells happened before. */
    private boolean markedEarlierInSentence(Tokens t, int trigger) {
        for (int k = trigger - 1; k >= 0 && t.sameSentence(k, trigger); k--) {
            var hit = markers.at(t, k);
            if (hit.isPresent() && "REST".equals(hit.get().value()) && hit.get().to() <= trigger) {
                return true;
            }
        }
        return false;
    }
}
