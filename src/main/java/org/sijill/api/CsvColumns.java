package org.sijill.api;

import static org.sijill.api.CsvExport.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sijill.api.ActorsResource.ActorView;
import org.sijill.api.CsvExport.Column;
import org.sijill.api.SourcesResource.SourceView;
import org.sijill.api.StatisticsViews.ReportedTally;
import org.sijill.extract.model.Outcome;
import org.sijill.stats.CasualtyTotals;

/**
 * The flat CSV columns of each collection: the JSON fields, with nested objects spelled out as prefixed columns
 * ({@code admin1Name}, {@code evidenceStart}) and lists joined with {@code ;}.
 */
final class CsvColumns {

    private CsvColumns() {
    }

    static final List<Column<ArticleSummary>> ARTICLES = List.of(
            col("id", ArticleSummary::id),
            col("title", ArticleSummary::title),
            col("publisherId", a -> opt(a.publisher()).map(ArticleSummary.SourceRef::id).orElse(null)),
            col("publisherName", a -> opt(a.publisher()).map(ArticleSummary.SourceRef::name).orElse(null)),
            col("publisherNameAr", a -> opt(a.publisher()).map(ArticleSummary.SourceRef::nameAr).orElse(null)),
            col("publishedStart", a -> opt(a.publishedDate()).map(DateRangeView::start).orElse(null)),
            col("publishedEnd", a -> opt(a.publishedDate()).map(DateRangeView::end).orElse(null)),
            col("publishedPrecision", a -> opt(a.publishedDate()).map(DateRangeView::precision).orElse(null)),
            col("language", ArticleSummary::language),
            col("url", ArticleSummary::url),
            col("sha256", ArticleSummary::sha256),
            col("characters", ArticleSummary::characters),
            col("incidentIds", ArticleSummary::incidentIds),
            col("figureCount", ArticleSummary::figureCount),
            col("ingestedAt", ArticleSummary::ingestedAt));

    /** An incident with its casualties over all sides, per outcome. */
    record IncidentRow(IncidentSummary incident, Map<String, CasualtyTotals.Total> totals) {
    }

    static final List<Column<IncidentRow>> INCIDENTS = incidentColumns();

    private static List<Column<IncidentRow>> incidentColumns() {
        var c = new ArrayList<Column<IncidentRow>>();
        c.add(col("id", r -> r.incident().id()));
        c.add(col("title", r -> r.incident().title()));
        c.add(col("eventType", r -> r.incident().eventType()));
        c.add(col("subEventType", r -> r.incident().subEventType()));
        c.add(col("dateStart", r -> opt(r.incident().date()).map(DateRangeView::start).orElse(null)));
        c.add(col("dateEnd", r -> opt(r.incident().date()).map(DateRangeView::end).orElse(null)));
        c.add(col("datePrecision", r -> opt(r.incident().date()).map(DateRangeView::precision).orElse(null)));
        Function<IncidentRow, Optional<Views.LocationView>> loc = r -> opt(r.incident().location());
        c.add(col("country", r -> loc.apply(r).map(Views.LocationView::country).orElse(null)));
        c.add(col("admin1", r -> loc.apply(r).map(Views.LocationView::admin1).map(Views.AdminView::pcode).orElse(null)));
        c.add(col("admin1Name", r -> loc.apply(r).map(Views.LocationView::admin1).map(Views.AdminView::name)
                .orElse(null)));
        c.add(col("admin1NameAr", r -> loc.apply(r).map(Views.LocationView::admin1).map(Views.AdminView::nameAr)
                .orElse(null)));
        c.add(col("admin2", r -> loc.apply(r).map(Views.LocationView::admin2).map(Views.AdminView::pcode).orElse(null)));
        c.add(col("admin2Name", r -> loc.apply(r).map(Views.LocationView::admin2).map(Views.AdminView::name)
                .orElse(null)));
        c.add(col("admin2NameAr", r -> loc.apply(r).map(Views.LocationView::admin2).map(Views.AdminView::nameAr)
                .orElse(null)));
        c.add(col("placeName", r -> loc.apply(r).map(Views.LocationView::place).map(Views.PlaceView::name)
                .orElse(null)));
        c.add(col("placeNameAr", r -> loc.apply(r).map(Views.LocationView::place).map(Views.PlaceView::nameAr)
                .orElse(null)));
        c.add(col("site", r -> loc.apply(r).map(Views.LocationView::site).orElse(null)));
        c.add(col("lat", r -> loc.apply(r).map(Views.LocationView::lat).orElse(null)));
        c.add(col("lon", r -> loc.apply(r).map(Views.LocationView::lon).orElse(null)));
        c.add(col("locationPrecision", r -> loc.apply(r).map(Views.LocationView::precision).orElse(null)));
        c.add(col("actors", r -> r.incident().actors().stream().map(a -> a.id() + ":" + a.role()).toList()));
        for (Outcome o : Outcome.values()) {
            String prefix = camel(o.name());
            c.add(col(prefix + "Low", r -> opt(r.totals().get(o.name())).map(CasualtyTotals.Total::low).orElse(null)));
            c.add(col(prefix + "Best", r -> opt(r.totals().get(o.name())).map(CasualtyTotals.Total::best)
                    .orElse(null)));
            c.add(col(prefix + "High", r -> opt(r.totals().get(o.name())).map(CasualtyTotals.Total::high)
                    .orElse(null)));
        }
        // actorId:OUTCOME:low:best:high, then :partOfActorId when these casualties are part of another actor's
        c.add(col("casualtiesByActor", r -> r.incident().casualties().stream()
                .map(x -> x.actorId() + ":" + x.outcome() + ":" + x.low() + ":" + x.best() + ":" + x.high()
                        + (x.partOfActorId() == null ? "" : ":" + x.partOfActorId()))
                .toList()));
        c.add(col("articleIds", r -> r.incident().articleIds()));
        c.add(col("sourceIds", r -> r.incident().sourceIds()));
        return List.copyOf(c);
    }

    static final List<Column<FigureView>> FIGURES = List.of(
            col("id", FigureView::id),
            col("articleId", FigureView::articleId),
            col("incidentId", FigureView::incidentId),
            col("scope", FigureView::scope),
            col("actorId", FigureView::actorId),
            col("outcome", FigureView::outcome),
            col("value", f -> f.count().value()),
            col("low", f -> f.count().low()),
            col("high", f -> f.count().high()),
            col("qualifier", f -> f.count().qualifier()),
            col("partOf", FigureView::partOf),
            col("attributedToSourceId", f -> opt(f.attributedTo()).map(Views.AttributionView::sourceId).orElse(null)),
            col("attributedToName", f -> opt(f.attributedTo()).map(Views.AttributionView::name).orElse(null)),
            col("periodStart", f -> opt(f.period()).map(Views.PeriodView::start).orElse(null)),
            col("periodEnd", f -> opt(f.period()).map(Views.PeriodView::end).orElse(null)),
            col("quote", f -> f.evidence().quote()),
            col("evidenceStart", f -> f.evidence().start()),
            col("evidenceEnd", f -> f.evidence().end()),
            col("ruleId", FigureView::ruleId));

    static final List<Column<SourceView>> SOURCES = List.of(
            col("id", SourceView::id),
            col("name", SourceView::name),
            col("nameAr", SourceView::nameAr),
            col("kind", SourceView::kind),
            col("affiliation", SourceView::affiliation),
            col("articlesPublished", SourceView::articlesPublished),
            col("figuresAttributed", SourceView::figuresAttributed),
            col("incidentIds", SourceView::incidentIds));

    static final List<Column<ActorView>> ACTORS = List.of(
            col("id", ActorView::id),
            col("name", ActorView::name),
            col("nameAr", ActorView::nameAr),
            col("kind", ActorView::kind),
            col("parentId", ActorView::parentId),
            col("aliases", ActorView::aliases));

    static final List<Column<ReportedTally>> REPORTED = List.of(
            col("id", ReportedTally::id),
            col("articleId", ReportedTally::articleId),
            col("actorId", ReportedTally::actorId),
            col("outcome", ReportedTally::outcome),
            col("value", t -> t.count().value()),
            col("low", t -> t.count().low()),
            col("high", t -> t.count().high()),
            col("qualifier", t -> t.count().qualifier()),
            col("partOf", ReportedTally::partOf),
            col("sourceId", t -> opt(t.source()).map(StatisticsViews.ReportedSource::id).orElse(null)),
            col("sourceName", t -> opt(t.source()).map(StatisticsViews.ReportedSource::name).orElse(null)),
            col("sourceNameAr", t -> opt(t.source()).map(StatisticsViews.ReportedSource::nameAr).orElse(null)),
            col("sourceKind", t -> opt(t.source()).map(StatisticsViews.ReportedSource::kind).orElse(null)),
            col("sourceBasis", t -> opt(t.source()).map(StatisticsViews.ReportedSource::basis).orElse(null)),
            col("periodStart", t -> opt(t.period()).map(Views.PeriodView::start).orElse(null)),
            col("periodEnd", t -> opt(t.period()).map(Views.PeriodView::end).orElse(null)),
            col("quote", t -> t.evidence().quote()),
            col("evidenceStart", t -> t.evidence().start()),
            col("evidenceEnd", t -> t.evidence().end()),
            col("ruleId", ReportedTally::ruleId));

    /** Statistics rows are already flat: one column per key, then the measures. */
    static List<Column<Map<String, Object>>> statistics(List<String> names) {
        var c = new ArrayList<Column<Map<String, Object>>>();
        for (String name : names) {
            c.add(col(name, row -> row.get(name)));
        }
        for (String m : new String[] { "low", "best", "high", "incidents", "figures" }) {
            c.add(col(m, row -> row.get(m)));
        }
        return c;
    }

    private static <T> Optional<T> opt(T value) {
        return Optional.ofNullable(value);
    }

    /** KILLED_OR_INJURED → killedOrInjured */
    static String camel(String upperSnake) {
        var out = new StringBuilder();
        for (String part : upperSnake.toLowerCase().split("_")) {
            out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
