package org.sijill.text;

import java.util.Set;

/**
 * A counted noun from {@code lexicon/ar/count-nouns.tsv}, all forms in key form.
 *
 * @param lemma     the singular as written in the lexicon ({@code عنصر})
 * @param singulars singular keys, the accusative with ا included ({@code عنصر}, {@code عنصرا})
 * @param duals     dual keys ({@code عنصران}, {@code عنصرين})
 * @param plurals   plural keys ({@code عناصر})
 */
public record CountNoun(String lemma, CountNouns.NounClass nounClass, Set<String> singulars, Set<String> duals, Set<String> plurals) {
}
