package org.sijill.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How casualty statistics are formed, in words: one text ({@code statistics/method.md}), served by the API and copied
 * into the README's "Statistics" section (a test keeps the two equal).
 */
public final class StatisticsMethod {

    public record Section(String heading, String text) {
    }

    private final String title;
    private final List<Section> sections;

    private StatisticsMethod(String title, List<Section> sections) {
        this.title = title;
        this.sections = List.copyOf(sections);
    }

    public String title() {
        return title;
    }

    public List<Section> sections() {
        return sections;
    }

    public static StatisticsMethod load() {
        try (InputStream in = StatisticsMethod.class.getClassLoader().getResourceAsStream("statistics/method.md")) {
            if (in == null) {
                throw new IllegalStateException("statistics/method.md is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "# title", then "## heading" sections; a section's lines are joined into one paragraph per blank line. */
    static StatisticsMethod parse(String markdown) {
        String title = null;
        var sections = new ArrayList<Section>();
        String heading = null;
        var text = new StringBuilder();
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.add(new Section(heading, text.toString().strip()));
                }
                heading = line.substring(3).strip();
                text.setLength(0);
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (heading != null) {
                text.append(line.isBlank() ? "\n\n" : text.isEmpty() || text.toString().endsWith("\n") ? line.strip()
                        : " " + line.strip());
            }
        }
        if (heading != null) {
            sections.add(new Section(heading, text.toString().strip()));
        }
        return new StatisticsMethod(title, sections);
    }
}
