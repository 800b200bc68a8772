package org.sijill.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;
import org.sijill.extract.Proclitics;

/**
 * Finds place mentions in key-form text and resolves them on the {@link Gazetteer}.
 *
 * <p>A name counts as a place only after a trigger word ({@code في مدينة الرقة}، {@code بريف دير الزور الشرقي}،
 * {@code شرق بلدة الصور}، {@code قرب الكسرة}) or when it is well known (governorates, districts, their seats,
 * curated aliases): ~16k village names include many ordinary words. Sites finer than the gazetteer ({@code سجن
 * غويران}، {@code حي الانتفاضة}) keep their name and take the enclosing place from the text. Choosing among
 * same-named places is {@link PlaceChooser}'s job.
 */
public final class PlaceResolver {

    private static final String OPEN_QUOTES = "\"“«'‘";

    private final Gazetteer gazetteer;

    private final PlaceTriggers triggers;

    private final PlaceChooser chooser;

    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, new PlaceTriggers(gazetteer.key()));
    }

    public PlaceResolver(Gazetteer gazetteer, PlaceTriggers triggers) {
        this.gazetteer = gazetteer;
        this.triggers = triggers;
        this.chooser = new PlaceChooser(gazetteer, triggers);
    }

    /** Place mentions in a key-form text, in text order, with key-form offsets. */
    public List<PlaceMatch> resolve(String keyText) {
        return resolve(KeyText.of(keyText));
    }

    /** As {@link #resolve(String)}, on a text already tokenised (share it with the actor and source finders). */
    public List<PlaceMatch> resolve(KeyText t) {
        List<PlaceMention> mentions = scan(t);
        chooser.choose(mentions, t);
        var out = new ArrayList<PlaceMatch>();
        for (PlaceMention m : mentions) {
            if (m.ruleId != null) {
                out.add(m.toMatch());
            }
        }
        return out;
    }

    private List<PlaceMention> scan(KeyText t) {
        var out = new ArrayList<PlaceMention>();
        int i = 0;
        while (i < t.size()) {
            List<Proclitics.Reading> readings = t.readings(i);
            var site = gazetteer.sites().longestAt(t, i, readings);
            var trig = triggers.triggers().longestAt(t, i, readings);
            var name = gazetteer.names().longestAt(t, i, readings);
            int siteLast = site.map(PhraseIndex.Hit::last).orElse(-1);
            int trigLast = trig.map(PhraseIndex.Hit::last).orElse(-1);
            int nameLast = name.map(PhraseIndex.Hit::last).orElse(-1);
            if (siteLast > 0 && siteLast >= trigLast && siteLast >= nameLast) {
                out.add(curatedSite(site.get()));
                i = siteLast;
            } else if (nameLast > 0 && nameLast > trigLast && bareCandidate(t, name.get())
                    && !namesItsOwnTrigger(name.get(), trig)) {
                out.add(bare(name.get()));
                i = nameLast;
            } else if (trigLast > 0 && trig.get().value() == PlaceTriggers.Role.NAME_OWNER) {
                i = afterOwnedName(t, trigLast);
            } else if (trigLast > 0) {
                PlaceMention m = triggered(t, trig.get());
                if (m != null) {
                    out.add(m);
                    i = m.lastToken;
                } else {
                    i = trigLast;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** شبكة دير الزور 24: skip the name that belongs to the outlet or body. */
    private int afterOwnedName(KeyText t, int j) {
        if (!followsClosely(t, j)) {
            return j;
        }
        return gazetteer.names().longestAt(t, j, false).map(PhraseIndex.Hit::last).orElse(j);
    }

    /**
     * "محافظة الرقة" is also a gazetteer name; reading it as trigger + name gives the same place and the trigger's
     * rule. Not for ريف: "ريف دمشق" is a governorate of its own, not the countryside of Damascus.
     */
    private static boolean namesItsOwnTrigger(PhraseIndex.Hit<List<NameEntry>> name,
            Optional<PhraseIndex.Hit<PlaceTriggers.Role>> trig) {
        if (trig.isEmpty()) {
            return false;
        }
        PlaceTriggers.Role role = trig.get().value();
        return (role == PlaceTriggers.Role.GOVERNORATE || role == PlaceTriggers.Role.DISTRICT
                || role == PlaceTriggers.Role.SUB_DISTRICT || role == PlaceTriggers.Role.SETTLEMENT)
                && name.start() == trig.get().start() && name.phrase().startsWith(trig.get().phrase() + " ");
    }

    /** A bare name is worth keeping if it is well known or carries the locative بـ (بالرقة). */
    private boolean bareCandidate(KeyText t, PhraseIndex.Hit<List<NameEntry>> hit) {
        return hit.value().stream().anyMatch(NameEntry::wellKnown) || hit.clitics().contains("ب");
    }

    private PlaceMention bare(PhraseIndex.Hit<List<NameEntry>> hit) {
        PlaceMention m = base(hit.start(), hit);
        if (hit.clitics().contains("ب")) {
            m.role = PlaceTriggers.Role.PREPOSITION;
            m.strength = PlaceTriggers.Strength.WEAK;
        }
        return m;
    }

    private PlaceMention curatedSite(PhraseIndex.Hit<Site> hit) {
        var m = new PlaceMention();
        m.start = hit.start();
        m.end = hit.end();
        m.firstToken = hit.first();
        m.lastToken = hit.last();
        m.surfaceKey = hit.phrase();
        m.curated = hit.value();
        m.site = hit.value().nameAr();
        m.role = PlaceTriggers.Role.SITE;
        m.strength = PlaceTriggers.Strength.STRONG;
        return m;
    }

    private PlaceMention triggered(KeyText t, PhraseIndex.Hit<PlaceTriggers.Role> trig) {
        PlaceTriggers.Role role = trig.value();
        if (role == PlaceTriggers.Role.DIRECTION_ADJ) {
            return null;
        }
        int start = trig.start();
        int startToken = trig.first();
        boolean directional = role == PlaceTriggers.Role.DIRECTION;
        int j = trig.last();
        PhraseIndex.Hit<PlaceTriggers.Role> roleHit = trig;
        if (role.qualifier() && followsClosely(t, j)) {
            if (gazetteer.sites().longestAt(t, j, true).isPresent()) {
                return null;   // قرب سجن غويران: the curated site is taken on the next step
            }
            var next = triggers.triggers().longestAt(t, j, false);
            if (next.isPresent() && !next.get().value().qualifier()
                    && next.get().value() != PlaceTriggers.Role.DIRECTION_ADJ) {
                if (role == PlaceTriggers.Role.PREPOSITION) {
                    start = next.get().start();
                    startToken = next.get().first();
                }
                role = next.get().value();
                roleHit = next.get();
                j = next.get().last();
            }
        }
        if (!followsClosely(t, j)) {
            return null;
        }
        PlaceMention m = switch (role) {
            case SITE, NEIGHBOURHOOD -> SiteNames.parse(t, j, roleHit, role, gazetteer, triggers);
            case COUNTRYSIDE_DEF -> countrysideDefinite(t, j);
            default -> named(t, j, role);
        };
        if (m == null) {
            return null;
        }
        if (role != PlaceTriggers.Role.PREPOSITION) {
            m.start = start;
            m.firstToken = startToken;
        }
        m.role = role;
        m.strength = role.strength;
        m.directional = directional;
        return m;
    }

    private PlaceMention named(KeyText t, int j, PlaceTriggers.Role role) {
        var hit = gazetteer.names().longestAt(t, j, Proclitics.readingsWithoutArticle(t.token(j)));
        if (hit.isEmpty()) {
            return null;
        }
        PlaceMention m = base(hit.get().start(), hit.get());
        if (role == PlaceTriggers.Role.COUNTRYSIDE) {
            directionAdjective(t, m);
        }
        return m;
    }

    /** الريف الشرقي لدير الزور: direction word, then the name with لـ. */
    private PlaceMention countrysideDefinite(KeyText t, int j) {
        var adj = triggers.triggers().longestAt(t, j, false);
        if (adj.isEmpty() || adj.get().value() != PlaceTriggers.Role.DIRECTION_ADJ || !followsClosely(t, adj.get().last())) {
            return null;
        }
        int k = adj.get().last();
        var hit = gazetteer.names().longestAt(t, k, Proclitics.readingsWithoutArticle(t.token(k)));
        if (hit.isEmpty() || !hit.get().clitics().contains("ل")) {
            return null;
        }
        return base(hit.get().start(), hit.get());
    }

    private void directionAdjective(KeyText t, PlaceMention m) {
        if (m.lastToken < t.size() && t.joinsNext(m.lastToken - 1)) {
            Optional<PhraseIndex.Hit<PlaceTriggers.Role>> adj = triggers.triggers().longestAt(t, m.lastToken, false);
            if (adj.isPresent() && adj.get().value() == PlaceTriggers.Role.DIRECTION_ADJ) {
                m.end = adj.get().end();
                m.lastToken = adj.get().last();
            }
        }
    }

    private static PlaceMention base(int start, PhraseIndex.Hit<List<NameEntry>> hit) {
        var m = new PlaceMention();
        m.start = start;
        m.end = hit.end();
        m.firstToken = hit.first();
        m.lastToken = hit.last();
        m.surfaceKey = hit.phrase();
        m.candidates = hit.value();
        m.articleVariant = hit.reading().dropsArticle();
        return m;
    }

    /** The next token exists and only spaces/quotes separate it from the previous one. */
    static boolean followsClosely(KeyText t, int j) {
        return j < t.size() && j > 0 && t.joinsNext(j - 1);
    }

    static boolean opensQuote(KeyText t, int j) {
        String gap = t.text().substring(t.end(j - 1), t.start(j));
        for (int c = 0; c < gap.length(); c++) {
            if (OPEN_QUOTES.indexOf(gap.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
