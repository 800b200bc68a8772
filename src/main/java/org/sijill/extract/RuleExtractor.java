package org.sijill.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijill.extract.actors.ActorMatch;
import org.sijill.extract.actors.ActorResolver;
import org.sijill.extract.model.ArticleExtraction;
import org.sijill.extract.model.Attribution;
import org.sijill.extract.model.Evidence;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.Mention;
import org.sijill.extract.model.Quantity;
import org.sijill.extract.model.Scope;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.extract.places.PlaceResolver;
import org.sijill.extract.rules.Attributions;
import org.sijill.extract.rules.EventRules;
import org.sijill.extract.rules.FigureRules;
import org.sijill.extract.rules.FoundFigure;
import org.sijill.extract.rules.IncidentAssembly;
import org.sijill.extract.rules.Reading;
import org.sijill.extract.rules.Tokens;
import org.sijill.extract.sources.SourceDetector;
import org.sijill.extract.sources.SourceMatch;
import org.sijill.text.ArabicNormalizer;
import org.sijill.text.Count;
import org.sijill.text.DateMention;
import org.sijill.text.DateParser;
import org.sijill.text.DateRange;
import org.sijill.text.NormalizedText;
import org.sijill.text.NumberKind;
import org.sijill.text.NumberMention;
import org.sijill.text.NumberParser;
import org.sijill.text.PublicationDateInference;

/**
 * The extraction pipeline, in a fixed order: normalise → numbers and dates → places, actors, sources → casualty
 * figures → events, and figures assigned to the events they belong to. Plain Java: no CDI, no database.
 */
public final class RuleExtractor implements Extractor {

    /** The parts the pipeline is made of; all plain Java, built once. */
    public record Parts(ArabicNormalizer normalizer, NumberParser numbers, DateParser dates,
            PublicationDateInference publication, PlaceResolver places, ActorResolver actors, SourceDetector sources,
            FigureRules figures, EventRules events, Attributions attributions, IncidentAssembly assembly,
            String version) {
    }

    private final Parts p;

    public RuleExtractor(Parts parts) {
        this.p = parts;
    }

    @Override
    public String version() {
        return p.version();
    }

    @Override
    public ArticleExtraction extract(String text, Optional<LocalDate> publishedDate) {
        NormalizedText nt = p.normalizer().normalize(text);
        DateRange published = p.publication().infer(nt, publishedDate);
        Tokens tokens = Tokens.of(nt.keyWords());
        List<NumberMention> numbers = p.numbers().find(nt);
        LocalDate asOf = published.end() != null ? published.end() : published.start();
        KeyText keyText = KeyText.of(nt.keyWords()); // one tokenisation shared by places, actors and sources
        List<ActorMatch> actors = p.actors().find(keyText, asOf);
        var reading = new Reading(nt, tokens, numbers, actors, p.numbers().countNouns());
        List<FoundFigure> found = p.figures().find(reading);
        List<PlaceMatch> places = withoutActorNames(p.places().resolve(keyText), actors);
        List<DateMention> dates = p.dates().find(nt, published);
        var articleSources = p.sources().detect(keyText);
        List<SourceMatch> citations = articleSources.citations();
        var publisher = articleSources.publisher();
        List<EventRules.Group> groups = p.events().find(reading, places, dates, found);
        var attribution = p.attributions().resolve(tokens, citations);

        var assembled = p.assembly().assemble(reading, groups, found, published, dates);
        found = assembled.figures();
        var figures = new ArrayList<FigureFact>();
        for (int i = 0; i < found.size(); i++) {
            FoundFigure f = found.get(i);
            SourceMatch cited = attribution.at(f.from());
            if (cited == null && f.parent() >= 0 && "casualty.list-item".equals(f.ruleId())) {
                cited = attribution.at(found.get(f.parent()).from()); // a list's lines are its header's report
            }
            Attribution by = cited == null ? null : new Attribution(cited.sourceId(), sourceName(cited.sourceId()));
            var span = nt.toOriginal(tokens.get(f.from()).start(), tokens.get(f.to() - 1).end());
            Integer mention = f.aggregate() ? null : assembled.figureMention().get(i);
            figures.add(new FigureFact(i, f.aggregate() ? Scope.AGGREGATE : Scope.INCIDENT,
                    f.actorId() != null ? f.actorId() : "unknown", f.outcome(), quantity(f.count()),
                    f.parent() >= 0 ? f.parent() : null, by,
                    f.aggregate() ? assembled.aggregateStart() : null, f.aggregate() ? published.end() : null,
                    Evidence.of(text, span.start(), span.end()), f.ruleId(), mention));
        }
        var mentions = mentions(text, nt, numbers, places, actors, dates, citations);
        return new ArticleExtraction(publisher.map(m -> m.sourceId()).orElse(null),
                publisher.map(m -> m.ruleId()).orElse(null), IncidentAssembly.span(published), figures, assembled.incidents(),
                mentions);
    }

    /** "قوات سوريا الديمقراطية" names an actor, not the country: a place inside an actor's name is no place. */
    private static List<PlaceMatch> withoutActorNames(List<PlaceMatch> places, List<ActorMatch> actors) {
        return places.stream().filter(p -> actors.stream()
                .noneMatch(a -> !a.inferred() && a.start() <= p.start() && p.end() <= a.end())).toList();
    }

    private String sourceName(String id) {
        return p.sources().describe(id).map(s -> s.nameEn()).orElse(id);
    }

    static Quantity quantity(Count c) {
        return new Quantity(c.value() == null ? null : Math.toIntExact(c.value()), Math.toIntExact(c.low()),
                c.high() == null ? null : Math.toIntExact(Math.min(c.high(), Integer.MAX_VALUE)), c.qualifier().name());
    }


    private static List<Mention> mentions(String text, NormalizedText nt, List<NumberMention> numbers,
            List<PlaceMatch> places, List<ActorMatch> actors, List<DateMention> dates, List<SourceMatch> sources) {
        var out = new ArrayList<Mention>();
        for (PlaceMatch m : places) {
            var s = nt.toOriginal(m.start(), m.end());
            String value = m.place() == null ? m.surfaceKey() : m.place().id() + (m.site() == null ? "" : " " + m.site());
            out.add(new Mention("PLACE", value, Evidence.of(text, s.start(), s.end()), m.ruleId()));
        }
        for (ActorMatch m : actors) {
            var s = nt.toOriginal(m.start(), m.end());
            out.add(new Mention("ACTOR", m.actorId(), Evidence.of(text, s.start(), s.end()), m.ruleId()));
        }
        for (DateMention d : dates) {
            out.add(new Mention("DATE", d.date().start() + ".." + d.date().end() + " " + d.date().precision(),
                    Evidence.of(text, d.original().start(), d.original().end()), d.rule()));
        }
        for (NumberMention n : numbers) {
            if (n.kind() == NumberKind.COUNT) {
                String v = n.count().value() != null ? n.count().value().toString() : n.count().low() + "+";
                out.add(new Mention("NUMBER", v + " " + n.count().qualifier(),
                        Evidence.of(text, n.original().start(), n.original().end()), n.rule()));
            }
        }
        for (SourceMatch m : sources) {
            var s = nt.toOriginal(m.start(), m.end());
            out.add(new Mention("SOURCE", m.sourceId(), Evidence.of(text, s.start(), s.end()), m.ruleId()));
        }
        out.sort(java.util.Comparator.comparingInt((Mention m) -> m.evidence().start()).thenComparing(Mention::kind));
        return out;
    }
}
