package org.sijill.extract.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sijill.extract.model.ActorRole;
import org.sijill.extract.model.ActorRole.Role;

/**
 * The sides of an event, from cue words around actor names in the event's sentences (lexicon
 * {@code actor-role-cues.tsv}) and from whose casualties its figures count: "هجوم نفذته خلايا التنظيم على مقرات
 * قسد" → isis PERPETRATOR, sdf TARGET. A side with casualties that is not the perpetrator is a TARGET; civilians
 * are VICTIMs.
 */
final class ActorRoles {

    private static final int WINDOW = 6;

    private final PhraseTable<String> cues;

    ActorRoles(UnaryOperator<String> key) {
        cues = PhraseTable.load("/lexicon/ar/actor-role-cues.tsv", key, true, r -> r[1]);
    }

    /** The role the nearest cue before this token gives, within the window and the clause. */
    private Role roleBefore(Tokens t, int at) {
        for (int k = at - 1; k >= Math.max(0, at - WINDOW) && t.sameClause(k, at); k--) {
            var cue = cues.at(t, k);
            if (cue.isEmpty() || cue.get().to() > at) {
                continue;
            }
            switch (cue.get().value()) {
                case "CLAIM", "WEAPON" -> {
                }
                case "AGENT" -> {
                    if (cue.get().to() == at) {
                        return Role.PERPETRATOR; // "قصف جيش الاحتلال التركي": the subject right after the verb
                    }
                }
                default -> {
                    return Role.valueOf(cue.get().value());
                }
            }
        }
        return null;
    }

    List<ActorRole> roles(Reading r, List<Integer> sentences, List<FoundFigure> figures) {
        Tokens t = r.tokens();
        Map<String, Role> roles = new LinkedHashMap<>();
        for (int sentence : sentences) {
            int first = t.firstOfSentence(sentence);
            for (int i = first; first >= 0 && i < t.size() && t.get(i).sentence() == sentence; i++) {
                roleAt(r, t, i, roles);
            }
        }
        ownersOf(figures, roles);
        roles.remove("unknown");
        return roles.entrySet().stream().map(e -> new ActorRole(e.getKey(), e.getValue())).toList();
    }

    /** An actor named at token i takes the role of the cue before it; a claim cue makes the actor before it the perpetrator. */
    private void roleAt(Reading r, Tokens t, int i, Map<String, Role> roles) {
        var actor = r.actorAt(i);
        if (actor.isPresent()) {
            boolean weapon = cues.at(t, i).map(c -> "WEAPON".equals(c.value())).orElse(false);
            Role role = weapon ? Role.PERPETRATOR : roleBefore(t, i); // "استهداف طائرة مسيرة تركية سيارة"
            if (role != null && (role == Role.PERPETRATOR || !roles.containsKey(actor.get().actorId()))) {
                roles.put(actor.get().actorId(), role);
            }
            return;
        }
        var cue = cues.at(t, i);
        if (cue.isPresent() && "CLAIM".equals(cue.get().value())) {
            for (int k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
                var a = r.actorAt(k);
                if (a.isPresent() && a.get().to() <= i && t.sameClause(k, i)) {
                    roles.put(a.get().actorId(), Role.PERPETRATOR);
                }
            }
        }
    }

    /** A side with casualties that is not the perpetrator is a target; civilians are victims. */
    private static void ownersOf(List<FoundFigure> figures, Map<String, Role> roles) {
        for (FoundFigure f : figures) {
            String owner = f.actorId();
            if (owner == null || owner.equals("unknown") || roles.get(owner) == Role.PERPETRATOR) {
                continue;
            }
            roles.putIfAbsent(owner, owner.equals("civilians") ? Role.VICTIM : Role.TARGET);
        }
    }
}
