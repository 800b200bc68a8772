package org.sijill.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.sijill.extract.model.ArticleExtraction;

/** Reads one article's original text into figures, incident mentions, recognised mentions and its publisher. */
public interface Extractor {

    /** Changes whenever rules or lexicons change, so stored articles are re-extracted at the next start. */
    String version();

    /**
     * @param text the original text, verbatim; every evidence offset indexes into it
     * @param publishedDate a publication date supplied with the article (metadata), which wins over inference
     */
    ArticleExtraction extract(String text, Optional<LocalDate> publishedDate);
}
