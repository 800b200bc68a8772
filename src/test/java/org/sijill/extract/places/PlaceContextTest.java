package org.sijill.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.text.ArabicNormalizer;

/** A village name the gazetteer knows only elsewhere is not taken against what the text says right beside it. */
class PlaceContextTest {

    private static final ArabicNormalizer N = ArabicNormalizer.standard();
    private static final PlaceResolver PLACES = new PlaceResolver(new Gazetteer(N::key));

    private static List<String> admin1s(String sentence) {
        return PLACES.resolve(N.key(sentence)).stream().filter(m -> m.place() != null)
                .map(m -> m.place().admin1Pcode()).toList();
    }

    @Test
    void aVillageKnownOnlyInAnotherGovernorateIsLeftToTheGovernorateTheTextNames() {
        // the gazetteer's only الصبحة is in Aleppo; the text puts it in the Deir ez-Zor countryside
        assertEquals(List.of("SY09"), admin1s("قتل مدني في بلدة الصبحة بريف دير الزور الشرقي"));
    }

    @Test
    void aVillageInTheGovernorateTheTextNamesIsKept() {
        assertEquals(List.of("SY09", "SY09"), admin1s("قتل مدني في بلدة ذيبان بريف دير الزور الشرقي"));
    }
}
