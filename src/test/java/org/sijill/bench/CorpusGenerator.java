package org.sijill.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Writes N realistic articles (one {@code .txt} each, the seeds' format) from the project's own data: places from
 * the gazetteer, actor and source aliases, event words and Arabic month names from the lexicons, and the reporting
 * patterns of the seeds (a count before or after a casualty word, "ارتفع عدد قتلى ... إلى", "بينهم", attribution to
 * a source, tatweel obfuscation), with three to ten further paragraphs (other sources' tolls, the wounded, arrests,
 * related clashes, running tallies, camp and prison numbers that are not casualties). Each incident is reported by
 * one to three outlets, so duplicates across outlets are in the corpus as in real news. Deterministic for a seed.
 *
 * <p>{@code java -cp <test classpath> org.sijill.bench.CorpusGenerator <dir> <count> [seed]}
 */
public final class CorpusGenerator {

    private static final String[] NUMBER_WORDS = { "", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة",
            "ثمانية", "تسعة", "عشرة" };
    private static final String[] MONTHS = { "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول" };
    private static final String[] KILLED = { "مقتل %s", "سقوط %s قتلى", "%s قتلى" };
    private static final List<String> PEOPLE = List.of("عناصر", "مدنيين", "مقاتلين", "أشخاص");

    private final Random random;
    private final List<String> places;
    private final List<String> actors;
    private final List<String> sources;
    private final List<String> events;

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
        this.places = column("gazetteer/syria-places.csv", ",", 2, line -> line.contains(",1,") && !line.contains("\""));
        this.actors = column("lexicon/ar/actor-aliases.tsv", "\t", 0, CorpusGenerator::isArabic);
        this.sources = column("lexicon/ar/source-aliases.tsv", "\t", 0,
                line -> isArabic(line) && line.split("\t").length > 2 && line.split("\t")[2].equals("-"));
        this.events = column("lexicon/ar/event-triggers.tsv", "\t", 0, CorpusGenerator::isArabic);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Files.createDirectories(dir);
        var generator = new CorpusGenerator(seed);
        long bytes = 0;
        int written = 0;
        int incident = 0;
        while (written < count) {
            var facts = generator.incident();
            int outlets = Math.min(count - written, 1 + generator.random.nextInt(3));
            for (int o = 0; o < outlets; o++) {
                String text = generator.article(facts, o);
                String id = String.format(Locale.ROOT, "gen%07d_%d", incident, o);
                Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                written++;
            }
            incident++;
        }
        System.out.printf("corpus: %d articles about %d incidents, %.1f MB, in %s%n", written, incident,
                bytes / 1e6, dir);
    }

    record Facts(String place, String actor, String target, String event, int killed, int injured, int part,
            LocalDate date) {
    }

    Facts incident() {
        int killed = 1 + random.nextInt(random.nextInt(5) == 0 ? 200 : 12);
        return new Facts(pick(places), pick(actors), pick(actors), pick(events), killed, random.nextInt(20),
                killed > 2 ? 1 + random.nextInt(killed - 1) : 0,
                LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365)));
    }

    /** One outlet's report of the incident: its own wording, source and length. */
    String article(Facts f, int outlet) {
        String date = f.date().getDayOfMonth() + " " + MONTHS[f.date().getMonthValue() - 1] + " " + f.date().getYear();
        String count = count(f.killed());
        String people = pick(PEOPLE);
        var sb = new StringBuilder();
        String headline = switch (random.nextInt(3)) {
            case 0 -> "ارتفاع عدد قتلى " + f.target() + " إلى " + f.killed() + " في " + f.event() + " على " + f.place();
            case 1 -> String.format(KILLED[random.nextInt(KILLED.length)], count) + " من " + f.target() + " في "
                    + f.event() + " ل" + f.actor() + " في " + f.place();
            default -> f.event() + " في " + f.place() + " يوقع " + f.killed() + " قتلى و" + f.injured() + " جرحى";
        };
        sb.append(random.nextInt(4) == 0 ? tatweel(headline) : headline).append("\n\n");
        sb.append(f.place()).append(" - ").append(date).append(": ");
        sb.append("قتل ").append(count).append(' ').append(people).append(" من ").append(f.target());
        if (f.part() > 0) {
            sb.append(" بينهم ").append(f.part()).append(" من القادة");
        }
        sb.append(" وأصيب ").append(f.injured()).append(" آخرون، في ").append(f.event()).append(" نفذه ")
                .append(f.actor()).append(" في ").append(f.place()).append(" يوم ").append(date).append(", بحسب ")
                .append(pick(sources)).append(".\n\n");
        int paragraphs = 3 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            sb.append(paragraph(f)).append("\n\n");
        }
        sb.append("المصدر: ").append(pick(sources)).append('\n');
        return sb.toString();
    }

    /**
     * A further paragraph as outlets write them: another source's toll (often different), the wounded broken down,
     * arrests, losses of the other side in a related clash, a running tally, numbers that are not casualties, or
     * background without numbers.
     */
    private String paragraph(Facts f) {
        return switch (random.nextInt(9)) {
            case 0 -> "وقال " + pick(sources) + " إن " + f.actor() + " استهدف مواقع " + f.target() + " في "
                    + pick(places) + " و" + pick(places) + "، دون أن يذكر تفاصيل إضافية.";
            case 1 -> "وكانت " + f.target() + " قد أعلنت في وقت سابق عن " + pick(events) + " في " + pick(places)
                    + " أسفر عن إصابة " + count(1 + random.nextInt(9)) + " " + pick(PEOPLE) + ".";
            case 2 -> "وأحصى " + pick(sources) + " منذ مطلع العام " + f.date().getYear() + " مقتل "
                    + (50 + random.nextInt(900)) + " شخصا في المنطقة.";
            case 3 -> "من جهته، قال " + pick(sources) + " إن عدد قتلى " + f.target() + " ارتفع إلى "
                    + (f.killed() + random.nextInt(4)) + "، بينهم " + count(2 + random.nextInt(3))
                    + " مدنيين، فيما أصيب " + (1 + random.nextInt(15)) + " آخرون بجروح متفاوتة.";
            case 4 -> "وأسفر " + f.event() + " أيضا عن إصابة " + (1 + random.nextInt(6)) + " أطفال و"
                    + (1 + random.nextInt(4)) + " نساء بجروح، نقلوا إلى مشفى في " + pick(places) + ".";
            case 5 -> "واعتقلت " + f.actor() + " " + (2 + random.nextInt(30)) + " أشخاص من أبناء " + pick(places)
                    + " خلال حملة دهم عقب " + f.event() + "، بحسب " + pick(sources) + ".";
            case 6 -> "وفي سياق متصل، قتل " + count(1 + random.nextInt(8)) + " من عناصر " + f.actor() + " وأصيب "
                    + (1 + random.nextInt(10)) + " آخرون خلال اشتباكات مع " + f.target() + " في " + pick(places)
                    + ".";
            case 7 -> "ويؤوي مخيم قريب من " + pick(places) + " نحو " + (5 + random.nextInt(60))
                    + " ألف نازح، ويقبع في سجون المنطقة " + (100 + random.nextInt(5000)) + " سجين.";
            default -> "وتشهد المنطقة توترا أمنيا متصاعدا منذ أشهر، وسط انتشار عسكري في محيط " + pick(places)
                    + ".";
        };
    }

    private String count(int n) {
        return n <= 10 && n >= 3 && random.nextBoolean() ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    /** The seeds' moderation-dodging style: "قتـ ـلـ ـى". */
    private String tatweel(String text) {
        var sb = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.length() > 3 && random.nextBoolean()) {
                sb.append(word, 0, 2).append("ـ ـ").append(word.substring(2));
            } else {
                sb.append(word);
            }
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static boolean isArabic(String line) {
        return !line.isEmpty() && line.charAt(0) >= 0x0600 && line.charAt(0) <= 0x06FF;
    }

    private static List<String> column(String resource, String separator, int column, Predicate<String> keep) {
        var values = new ArrayList<String>();
        var in = CorpusGenerator.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null;) {
                if (line.startsWith("#") || !keep.test(line)) {
                    continue;
                }
                String[] parts = line.split(separator, -1);
                if (parts.length > column && !parts[column].isBlank()) {
                    values.add(parts[column].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing usable in " + resource);
        }
        return values;
    }
}
