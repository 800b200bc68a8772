package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.places.PlaceKind;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.extract.places.Precision;
import org.sijill.extract.rules.EventRules.Group;
import org.sijill.text.DateMention;

/**
 * Which of an article's event candidates are one event. A candidate that names no place continues the event before
 * it; others join the first event at a compatible place and day: the same town, or a site or neighbourhood of the
 * same district, whatever words name it; at a coarser place the event type must agree too. When a candidate starts
 * an event of its own instead is {@link EventSeparation}'s to say.
 */
final class EventMerger {

    private static final Set<Precision> COARSE = Set.of(Precision.GOVERNORATE, Precision.DISTRICT, Precision.COUNTRY);

    private static final Set<Precision> FINE = Set.of(Precision.SITE, Precision.NEIGHBOURHOOD);

    private EventMerger() {
    }

    /** The events of candidates in text order; {@code articlePlace} places a first event that names none. */
    static List<Group> merge(Tokens t, List<EventCandidate> candidates, PlaceMatch articlePlace) {
        var groups = new ArrayList<Group>();
        Group last = null;
        for (EventCandidate c : candidates) {
            if (c.place() == null) {
                Group back = EventSeparation.definite(t, c.from()) ? EventSeparation.toldBefore(groups, last, c) : null;
                if (back != null) {
                    // "وتبنى التنظيم الهجوم على الحاجز" after a landmine blast: the attack already told
                    back.continueWith(c);
                    last = back;
                    continue;
                }
                // "قتلوا في الهجوم" in a sentence dated by when it was said: the attack already told, whatever the day
                boolean dayApart = !EventSeparation.definite(t, c.from()) && EventSeparation.otherDay(last, c);
                if (last != null && !EventSeparation.otherKind(t, last, c) && !dayApart) {
                    last.continueWith(c);
                    continue;
                }
                // "وشنت حملة دهم في الأحياء المجاورة" after a bombing: another kind of event, where the last one was;
                // an event on another day, somewhere the text does not say
                c = c.withPlace(dayApart ? null : last != null ? last.place : articlePlace);
            }
            Group target = null;
            for (Group g : groups) {
                if (compatible(g, c) && !EventSeparation.otherKind(t, g, c)) {
                    target = g;
                    break;
                }
            }
            if (target == null) {
                target = new Group(c);
                if (c.date() == null && last != null) {
                    target.implied = last.date != null ? last.date : last.implied;
                }
                groups.add(target);
            } else {
                target.add(c);
            }
            last = target;
        }
        return groups;
    }

    /**
     * Within one article, two triggers at the same town (or a site or neighbourhood of the same district) are one
     * event whatever words name it ("هجوم مباغت" and "هجوم انتحاري" on one headquarters); at a coarser place they
     * must also agree in type.
     */
    private static boolean compatible(Group g, EventCandidate c) {
        // one sentence telling of one event in several words ("قصف لطائرة مسيرة ... استهدف سيارة") is one event
        boolean sameSentence = false;
        for (int i = 0; i < g.members.size() && !sameSentence; i++) {
            sameSentence = g.members.get(i).sentence() == c.sentence();
        }
        if (c.role() == Role.REFERENCES && c.date() != null && EventSetting.isCoarse(c.date()) && g.date != null
                && !EventSetting.isCoarse(g.date) && g.date.date().start() != null) {
            return false; // "في وقت سابق من الشهر الجاري" is not the day the article reports, though within it
        }
        DateMention when = g.date != null ? g.date : g.implied;
        if (when != null && c.date() != null && !EventSetting.overlap(when, c.date())) {
            // "وفي السياق ذاته، قصفت ..." continues the day of the event before it; "مساء أمس" at the same
            // village is the day before
            return false;
        }
        PlaceMatch a = g.place;
        PlaceMatch b = c.place();
        if (a == null || b == null || a.place() == null || b.place() == null) {
            return a == b || (a != null && b != null && Objects.equals(a.site(), b.site()) && a.site() != null);
        }
        var pa = a.place();
        var pb = b.place();
        if (!Objects.equals(pa.admin1Pcode(), pb.admin1Pcode())) {
            return false;
        }
        if (coarse(a) || coarse(b)) {
            // one article's vaguer and finer places in one governorate ("شرقي حلب", "دير حافر"); an earlier event
            // of another kind it refers to is not the one it reports ("حملة دهم بريف الرقة" after "هجوم قرب عين عيسى")
            return g.strongest.eventType().equals(c.eventType()) || sameSentence;
        }
        if (pa.id().equals(pb.id())) {
            return true;
        }
        if (pa.kind() == PlaceKind.SUB_DISTRICT || pb.kind() == PlaceKind.SUB_DISTRICT) {
            // a sub-district named for its town ("بلدة الصور") is that town, not a whole district: one event with
            // the town itself ("قرى ناحية عين عيسى" and "قرى عين عيسى"), not with other towns in it
            return Objects.equals(pa.admin2Pcode(), pb.admin2Pcode()) && pa.nameAr() != null
                    && pa.nameAr().equals(pb.nameAr());
        }
        boolean fine = FINE.contains(a.precision()) || FINE.contains(b.precision());
        return fine && Objects.equals(pa.admin2Pcode(), pb.admin2Pcode()) && pa.admin2Pcode() != null;
    }

    private static boolean coarse(PlaceMatch m) {
        return COARSE.contains(m.precision()) && m.place().kind() != PlaceKind.SUB_DISTRICT;
    }
}
