package org.sijill.articles;

import java.time.LocalDate;

/**
 * Which articles a list shows.
 *
 * @param searchKey the query already in the normaliser's key form, or null
 * @param from inclusive; compared with the publication date range (overlap)
 */
public record ArticleFilter(String searchKey, LocalDate from, LocalDate to) {
}
