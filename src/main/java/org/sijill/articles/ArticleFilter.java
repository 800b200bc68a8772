package org.sijill.articles;

import java.time.LocalDate;

/**
 * Which articles a list shows.
 *
 * @param searchKey the query already in the normaliser's key form, or null
 * @param from inclusive; compared with the publication date range (overlap)
 * @param publisher source id of the publisher, or null
 * @param incident an incident the article reports or references, or null
 */
public record ArticleFilter(String searchKey, LocalDate from, LocalDate to, String publisher, String incident) {
}
