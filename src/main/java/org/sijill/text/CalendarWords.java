package org.sijill.text;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

/**
 * The date lexicons, keyed through the normaliser and ready for token matching: months
 * ({@code months.tsv}), weekdays, relative day words ({@code أمس}), parts of day ({@code مساء}) and the
 * function words of date expressions ({@code date-words.tsv}, by role).
 */
final class CalendarWords {

    enum Calendar { GREGORIAN, HIJRI }

    enum Role { SINCE, AGO, UNIT, PERIOD, MODIFIER, THIS, PART, DAY_WORD, MONTH_WORD, YEAR_WORD, YEAR_MARKER, EQUIVALENT, FROM, NOT_DATE, FUTURE }

    enum PartOfDay { DAWN, MORNING, NOON, AFTERNOON, EVENING, NIGHT }

    record Month(Calendar calendar, int number, boolean ambiguous) {
    }

    /** Days {@code [from, to]} relative to publication. */
    record Relative(int from, int to, boolean today, boolean recent) {
    }

    private static volatile CalendarWords standard;

    final PhraseTable<Month> months = new PhraseTable<>();
    final PhraseTable<DayOfWeek> weekdays = new PhraseTable<>();
    final PhraseTable<Relative> relative = new PhraseTable<>();
    final PhraseTable<PartOfDay> partsOfDay = new PhraseTable<>();
    private final Map<Role, PhraseTable<String>> roles = new EnumMap<>(Role.class);

    CalendarWords(ArabicNormalizer n) {
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/months.tsv").rows()) {
            months.add(n.key(r.col(0)), new Month(Calendar.valueOf(r.col(1)), Integer.parseInt(r.col(2)), r.col(3).equals("AMBIGUOUS")));
        }
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/weekdays.tsv").rows()) {
            weekdays.add(n.key(r.col(0)), DayOfWeek.of(Integer.parseInt(r.col(1))));
        }
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/relative-dates.tsv").rows()) {
            relative.add(n.key(r.col(0)), new Relative(Integer.parseInt(r.col(1)), Integer.parseInt(r.col(2)),
                    r.col(3).equals("TODAY"), r.col(3).equals("RECENT")));
        }
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/parts-of-day.tsv").rows()) {
            partsOfDay.add(n.key(r.col(0)), PartOfDay.valueOf(r.col(1)));
        }
        for (Role role : Role.values()) {
            roles.put(role, new PhraseTable<>());
        }
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/date-words.tsv").rows()) {
            roles.get(Role.valueOf(r.col(1))).add(n.key(r.col(0)), r.col(2));
        }
    }

    static CalendarWords standard() {
        CalendarWords s = standard;
        if (s == null) {
            synchronized (CalendarWords.class) {
                if (standard == null) {
                    standard = new CalendarWords(ArabicNormalizer.standard());
                }
                s = standard;
            }
        }
        return s;
    }

    PhraseTable<String> role(Role role) {
        return roles.get(role);
    }

    /** The role word at token {@code i} (proclitics و ف ب ل ك allowed), or null. */
    PhraseTable.Match<String> at(Role role, java.util.List<Token> tokens, int i) {
        return roles.get(role).match(tokens, i, PhraseTable.CLITICS);
    }
}
