package org.sijill.extract.rules;

import org.sijill.text.Count;

/** A count phrase over tokens [from, to): a number with its noun, or a noun that carries its own count. */
record CountPhrase(int from, int to, Count count, String nounClass, Reading.NumberRef number, String noun) {
}
