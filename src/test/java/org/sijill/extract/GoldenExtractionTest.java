package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijill.extract.model.ArticleExtraction;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.IncidentMention;

/**
 * Whole articles against approved readings: each {@code golden/extract/<case>.expected.json} was written and checked
 * by reading the article. The five seeds are read from {@code seeds/}; other cases are {@code <case>.txt} beside
 * their expectations. {@code -Dgolden.update=true} rewrites the expectations from the current output, for a human
 * to review the diff against the text.
 *
 * <p>An expectation records what the extractor reads today, so a reading known to be wrong is listed beside it in
 * {@code <case>.gaps.tsv}: a JSON Pointer into the expectation, the correct value (JSON; for an object, the fields
 * that must match) and why it is wrong. {@link #knownGapsAreStillOpen} fails when a gap closes, so the golden and
 * the gap list are updated together.
 */
class GoldenExtractionTest {

    private static final Path DIR = Path.of("src/test/resources/golden/extract");
    private static final RuleExtractor EXTRACTOR = ExtractBeans.standard();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<String> cases() throws IOException {
        try (var files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesApprovedReading(String name) throws IOException {
        Path article = Files.exists(DIR.resolve(name + ".txt")) ? DIR.resolve(name + ".txt")
                : Path.of("seeds", name + ".txt");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        ArticleExtraction x = EXTRACTOR.extract(text, Optional.empty());
        for (FigureFact f : x.figures()) {
            assertEquals(f.evidence().quote(), text.substring(f.evidence().start(), f.evidence().end()),
                    "evidence offsets quote the original text");
        }
        String actual = JSON.writeValueAsString(project(x)) + "\n";
        Path expected = DIR.resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing " + expected);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void knownGapsAreStillOpen(String name) throws IOException {
        Path gaps = DIR.resolve(name + ".gaps.tsv");
        if (!Files.exists(gaps)) {
            return;
        }
        JsonNode expected = JSON.readTree(Files.readString(DIR.resolve(name + ".expected.json"), StandardCharsets.UTF_8));
        for (String line : Files.readAllLines(gaps, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertEquals(3, cols.length, name + ".gaps.tsv: pointer, correct value, why: " + line);
            JsonNode correct = JSON.readTree(cols[1]);
            assertTrue(!cols[2].isBlank(), name + ".gaps.tsv: say why the reading is wrong: " + line);
            assertTrue(!matches(expected.at(cols[0]), correct),
                    name + ": gap closed at " + cols[0] + " (" + cols[2] + "): drop the line from " + name + ".gaps.tsv");
        }
    }

    /** The node equals the correct value; for an object, every field the correct value names is equal. */
    private static boolean matches(JsonNode node, JsonNode correct) {
        if (!correct.isObject()) {
            return node.equals(correct);
        }
        if (!node.isObject()) {
            return false;
        }
        var fields = correct.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!f.getValue().equals(node.get(f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** What a reader checks: publisher, publication date, events, and every figure with its owner and words. */
    static Map<String, Object> project(ArticleExtraction x) {
        var out = new LinkedHashMap<String, Object>();
        out.put("publisher", x.publisherId());
        out.put("published", x.published().start() + ".." + x.published().end() + " " + x.published().precision());
        var incidents = new ArrayList<Map<String, Object>>();
        for (IncidentMention m : x.incidents()) {
            var i = new LinkedHashMap<String, Object>();
            i.put("role", m.role().name());
            i.put("type", m.eventType() + "/" + m.subEventType());
            i.put("date", m.date().start() + ".." + m.date().end() + " " + m.date().precision());
            i.put("admin1", m.location().admin1());
            i.put("admin2", m.location().admin2());
            i.put("place", m.location().placeName());
            i.put("site", m.location().site());
            i.put("actors", m.actors().stream().map(a -> a.actorId() + ":" + a.role()).toList());
            incidents.add(i);
        }
        out.put("incidents", incidents);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (FigureFact f : x.figures()) {
            var g = new LinkedHashMap<String, Object>();
            g.put("n", f.ordinal());
            g.put("scope", f.scope().name());
            g.put("actor", f.actorId());
            g.put("outcome", f.outcome().name());
            g.put("count", (f.count().value() == null ? "" : f.count().value() + " ") + "[" + f.count().low() + ".."
                    + (f.count().high() == null ? "" : f.count().high()) + "] " + f.count().qualifier());
            g.put("partOf", f.partOf());
            g.put("incident", f.mention());
            g.put("by", f.attributedTo() == null ? null : f.attributedTo().sourceId());
            if (f.periodStart() != null || f.periodEnd() != null) {
                g.put("period", f.periodStart() + ".." + f.periodEnd());
            }
            g.put("quote", f.evidence().quote());
            g.put("rule", f.ruleId());
            figures.add(g);
        }
        out.put("figures", figures);
        return out;
    }
}
