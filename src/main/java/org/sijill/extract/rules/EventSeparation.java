package org.sijill.extract.rules;

import java.util.List;
import org.sijill.extract.Proclitics;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.rules.EventRules.Group;
import org.sijill.text.DateMention;

/**
 * When an event word of an article starts an event of its own rather than continuing the one before: another kind
 * of event ("انفجار سيارة مفخخة" then "شنت حملة دهم"), another day ("مساء أمس" after today's event), or a definite
 * word returning to an event told earlier ("وتبنى التنظيم الهجوم على الحاجز" after a landmine blast).
 */
final class EventSeparation {

    /** Trigger priorities up to this name an event outright ("حملة دهم", "اختطف"); weaker ones ("اعتقال") may be a detail. */
    private static final int STRONG = 3;

    private EventSeparation() {
    }

    /** The event word at {@code trigger} carries the article ("الهجوم", "للهجوم"): it names an event the reader knows of. */
    static boolean definite(Tokens t, int trigger) {
        return Proclitics.definite(t.get(trigger).text());
    }

    /**
     * The latest event named by the same kind of word as the definite trigger ("الهجوم" after "هجوم ... على حاجز"),
     * when the one just told is of another kind; else null. Only the same sub-event type is a back-reference:
     * "برشقات من القذائف" during a prison battle is no return to an earlier roadside bomb.
     */
    static Group toldBefore(List<Group> groups, Group last, EventCandidate c) {
        if (last == null || last.strongest.subEventType().equals(c.subEventType())) {
            return null;
        }
        for (int g = groups.size() - 1; g >= 0; g--) {
            if (groups.get(g).strongest.subEventType().equals(c.subEventType()) && groups.get(g).role == Role.REPORTS) {
                return groups.get(g);
            }
        }
        return null;
    }

    /** "وكانت الأسايش قد نفذت في شهر أيلول الماضي حملة ...": dated apart from the event told just before it. */
    static boolean otherDay(Group g, EventCandidate c) {
        if (g == null) {
            return false;
        }
        DateMention when = g.date != null ? g.date : g.implied;
        return when != null && c.date() != null && !EventSetting.overlap(when, c.date());
    }

    /**
     * Arrests, an abduction and fighting or bombardment are events of their own even in one town: "انفجار سيارة
     * مفخخة" then, in a later clause, "شنت حملة دهم ... اعتقلت خلالها خمسة شبان"; "قصف مدفعي" then "اختطف مسلحون
     * تاجر مواش"; an earlier arrest campaign the article refers back to is not the clashes it reports. A candidate
     * in the same clause as one of the group's words tells of the same event, and so does a
     * weak word in the same sentence ("أسفرت الاشتباكات عن مقتل عنصر، واعتقال آخر": a capture in the fighting).
     */
    static boolean otherKind(Tokens t, Group g, EventCandidate c) {
        if (!distinctKinds(kind(g.strongest), kind(c))) {
            return false;
        }
        if (c.role() == Role.REFERENCES && g.role == Role.REPORTS) {
            return true; // "اشتباكات ... على خلفية اعتقال شاب": the arrest that led to them, even in one clause
        }
        boolean strong = c.priority() <= STRONG;
        return g.members.stream().noneMatch(m -> t.sameClause(m.from(), c.from())
                || (!strong && t.sameSentence(m.from(), c.from())));
    }

    private enum Kind {
        ARRESTS, ABDUCTION, ATTACK_ON_CIVILIANS, COMBAT
    }

    private static Kind kind(EventCandidate c) {
        return switch (c.eventType()) {
            case "BATTLES", "EXPLOSIONS_REMOTE_VIOLENCE" -> Kind.COMBAT;
            case "VIOLENCE_AGAINST_CIVILIANS" ->
                c.subEventType().equals("ABDUCTION_FORCED_DISAPPEARANCE") ? Kind.ABDUCTION : Kind.ATTACK_ON_CIVILIANS;
            case "STRATEGIC_DEVELOPMENTS" -> c.subEventType().equals("ARRESTS") ? Kind.ARRESTS : null;
            default -> null;
        };
    }

    /**
     * Arrests differ from every violent event, an abduction from fighting; an abduction and a killing of civilians
     * are often one story ("اختطفوا شاباً ثم قتلوه"), and so are arrests and an abduction told by the other side.
     */
    private static boolean distinctKinds(Kind a, Kind b) {
        if (a == null || b == null || a == b) {
            return false;
        }
        if (a == Kind.ARRESTS || b == Kind.ARRESTS) {
            return a != Kind.ABDUCTION && b != Kind.ABDUCTION;
        }
        return a == Kind.COMBAT || b == Kind.COMBAT ? a == Kind.ABDUCTION || b == Kind.ABDUCTION : false;
    }
}
