package org.sijill.incidents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Site names as the text gives them ("سجن غويران", "حي الانتفاضة"): do two share a distinctive word? */
final class SiteNames {

    private static final String GENERIC_WORDS = "/lexicon/ar/site-generic-words.tsv";

    private final UnaryOperator<String> key;
    /** Generic words every site name has (key forms); sharing only these says nothing. */
    private final Set<String> generic;

    SiteNames(UnaryOperator<String> key) {
        this.key = key;
        this.generic = readWords(GENERIC_WORDS).stream().map(key).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> readWords(String resource) {
        try (var in = SiteNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean overlap(String a, String b) {
        Set<String> wa = words(a);
        return words(b).stream().anyMatch(wa::contains);
    }

    private Set<String> words(String s) {
        return Arrays.stream(key.apply(s).split("[^\\p{L}\\p{N}]+"))
                .map(w -> w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w)
                .filter(w -> !w.isBlank() && !generic.contains(w)).collect(Collectors.toSet());
    }
}
