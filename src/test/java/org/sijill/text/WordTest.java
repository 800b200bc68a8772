package org.sijill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WordTest {

    @Test
    void theSameTextGivesTheSameWordWhereverItIsFound() {
        String a = "قتل عنصران من قسد";
        String b = "وفي الرقة قسد تعلن";
        Word first = Word.of(a, a.indexOf("قسد"), a.indexOf("قسد") + 3);
        Word second = Word.of(b, b.indexOf("قسد"), b.indexOf("قسد") + 3);
        assertSame(first, second);
        assertEquals("قسد", first.text());
    }

    @Test
    void differentTextsGiveDifferentWords() {
        String t = "قتلى قتل";
        Word plural = Word.of(t, 0, 4);
        Word verb = Word.of(t, 5, 8);
        assertNotSame(plural, verb);
        assertEquals("قتلى", plural.text());
        assertEquals("قتل", verb.text());
    }

    @Test
    void veryLongTokensAreReadButNotShared() {
        String longToken = "ا".repeat(200);
        Word w1 = Word.of(longToken, 0, 200);
        Word w2 = Word.of(longToken, 0, 200);
        assertEquals(longToken, w1.text());
        assertNotSame(w1, w2);
    }

    @Test
    void aFactStoredInASlotIsSeenThroughEveryUseOfTheWord() {
        int slot = Word.newSlot();
        String text = "كلمةفريدةللاختبار";
        Word w = Word.of(text, 0, text.length());
        assertNull(w.fact(slot));
        w.fact(slot, "readings");
        assertEquals("readings", Word.of(" " + text, 1, text.length() + 1).fact(slot));
    }

    @Test
    void textWordsFindTheWordAtAnOffsetAndTellTwoLengthsApart() {
        String key = "مقتل 12 عنصرا";
        var words = new TextWords(key);
        Word whole = words.at(0, 4);
        assertSame(whole, words.at(0, 4));
        Word shorter = words.at(0, 3);
        assertEquals("مقت", shorter.text());
        assertEquals("مقتل", words.at(0, 4).text());
        assertEquals("12", words.at(5, 7).text());
    }
}
