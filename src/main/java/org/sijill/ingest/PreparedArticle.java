package org.sijill.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.sijill.extract.Extractor;
import org.sijill.extract.model.ArticleExtraction;
import org.sijill.text.ArabicNormalizer;

/**
 * An article with everything derived from its text alone (title, search key, extraction), made before its write
 * transaction and on any thread. The extraction is null when the article looked stored already and unchanged.
 */
record PreparedArticle(ArticleInput input, String title, String searchText, int characters, String language,
        ArticleExtraction extraction, String extractorVersion) {

    static PreparedArticle of(ArticleInput input, ArabicNormalizer normalizer, Extractor extractor, boolean extract) {
        String text = input.text();
        return new PreparedArticle(input, input.title() != null ? input.title() : ArticleTexts.title(text, normalizer),
                normalizer.key(text), text.codePointCount(0, text.length()), ArticleTexts.language(text),
                extract ? extractor.extract(text, Optional.ofNullable(input.publishedDate())) : null,
                extractor.version());
    }

    /** Its extraction as made with this supplied publication date, extracting again only if needed. */
    ArticleExtraction extraction(LocalDate publishedSupplied, Extractor extractor) {
        if (extraction != null && java.util.Objects.equals(publishedSupplied, input.publishedDate())
                && extractorVersion.equals(extractor.version())) {
            return extraction;
        }
        return extractor.extract(input.text(), Optional.ofNullable(publishedSupplied));
    }
}
