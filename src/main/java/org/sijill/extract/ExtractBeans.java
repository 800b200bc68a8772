package org.sijill.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.sijill.extract.actors.ActorLexicon;
import org.sijill.extract.actors.ActorResolver;
import org.sijill.extract.places.Gazetteer;
import org.sijill.extract.places.PlaceResolver;
import org.sijill.extract.rules.Attributions;
import org.sijill.extract.rules.EventRules;
import org.sijill.extract.rules.FigureLexicon;
import org.sijill.extract.rules.FigureRules;
import org.sijill.extract.rules.IncidentAssembly;
import org.sijill.extract.sources.SourceDetector;
import org.sijill.extract.sources.SourceLexicon;
import org.sijill.text.ArabicNormalizer;
import org.sijill.text.DateParser;
import org.sijill.text.NumberParser;
import org.sijill.text.PublicationDateInference;

/** Builds the plain-Java text and extraction components once and offers them to the CDI world. */
@ApplicationScoped
public class ExtractBeans {

    @Produces
    @Singleton
    ArabicNormalizer normalizer() {
        return ArabicNormalizer.standard();
    }

    @Produces
    @Singleton
    ActorLexicon actorLexicon(ArabicNormalizer normalizer) {
        return new ActorLexicon(normalizer::key);
    }

    @Produces
    @Singleton
    SourceLexicon sourceLexicon(ArabicNormalizer normalizer) {
        return new SourceLexicon(normalizer::key);
    }

    @Produces
    @Singleton
    Extractor extractor(ArabicNormalizer normalizer, ActorLexicon actors, SourceLexicon sources) {
        return build(normalizer, actors, sources);
    }

    /** The standard pipeline, for code outside CDI (tests, benchmarks, tools). */
    public static RuleExtractor standard() {
        var normalizer = ArabicNormalizer.standard();
        return build(normalizer, new ActorLexicon(normalizer::key), new SourceLexicon(normalizer::key));
    }

    private static RuleExtractor build(ArabicNormalizer normalizer, ActorLexicon actors, SourceLexicon sources) {
        var key = (java.util.function.UnaryOperator<String>) normalizer::key;
        var figureLexicon = new FigureLexicon(key);
        return new RuleExtractor(new RuleExtractor.Parts(normalizer, NumberParser.standard(), DateParser.standard(),
                PublicationDateInference.standard(), new PlaceResolver(new Gazetteer(key)), new ActorResolver(actors),
                new SourceDetector(sources), new FigureRules(figureLexicon), new EventRules(key, figureLexicon),
                new Attributions(key), new IncidentAssembly(key), ExtractorVersion.compute()));
    }
}
