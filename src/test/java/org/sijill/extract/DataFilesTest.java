package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data files follow the house format: UTF-8 TSV, # comments and a FORMAT line on top, sorted, unique rows. */
class DataFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "gazetteer/aliases.tsv", "gazetteer/sites.tsv", "gazetteer/countries.tsv",
        "lexicon/ar/place-triggers.tsv", "lexicon/ar/place-stopwords.tsv",
        "lexicon/actors.tsv", "lexicon/ar/actor-aliases.tsv", "lexicon/ar/actor-anaphora.tsv",
        "lexicon/ar/actor-context.tsv",
        "lexicon/sources.tsv", "lexicon/ar/source-aliases.tsv", "lexicon/ar/source-cues.tsv",
    })
    void followsTheTsvFormat(String resource) throws IOException {
        List<String> lines = read(resource);
        String format = lines.stream().filter(l -> l.startsWith("# FORMAT:")).findFirst().orElseThrow();
        int columns = format.split("<TAB>").length;
        var rows = new ArrayList<String>();
        boolean body = false;
        for (String l : lines) {
            if (!l.startsWith("#") && !l.isBlank()) {
                body = true;
                rows.add(l);
                assertTrue(l.split("\t", -1).length <= columns, resource + ": too many columns: " + l);
            } else {
                assertTrue(!body || l.isBlank(), resource + ": comment inside the body: " + l);
            }
        }
        var sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sorted, rows, resource + " is not sorted");
        assertEquals(rows.size(), new HashSet<>(rows).size(), resource + " has duplicate rows");
    }

    /** The gazetteer CSVs must stay byte copies of the shared, documented originals (when those are around). */
    @ParameterizedTest
    @ValueSource(strings = {
        "gazetteer/syria-admin.csv", "gazetteer/syria-places.csv", "gazetteer/iraq-border-places.csv",
        "gazetteer-odbl/syria-osm-places-2014.csv",
    })
    void keepsGazetteerFilesAsByteCopies(String resource) throws IOException {
        Path original = Path.of("/work/shared/gazetteer", Path.of(resource).getFileName().toString());
        Assumptions.assumeTrue(Files.exists(original), "shared gazetteer not on this machine");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertArrayEquals(Files.readAllBytes(original), in.readAllBytes());
        }
    }

    private List<String> read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
