package org.sijill.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One news article: the original text verbatim and what the service derived from it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    /** The original text, verbatim; every offset the API returns is a UTF-16 index into it. */
    @Column(nullable = false)
    public String body;

    /** The normalised key view of title and body, for Arabic-aware search. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(nullable = false)
    public int characters;

    @Column(nullable = false)
    public String language;

    public String url;

    /** SEED or API: how the article reached the service. */
    @Column(nullable = false)
    public String origin;

    @Column(name = "published_start")
    public LocalDate publishedStart;

    @Column(name = "published_end")
    public LocalDate publishedEnd;

    @Column(name = "published_precision")
    public String publishedPrecision;

    @Column(name = "published_basis")
    public String publishedBasis;

    /** A publication date supplied with the article (metadata); it wins over the date inferred from the text. */
    @Column(name = "published_supplied")
    public LocalDate publishedSupplied;

    @Column(name = "publisher_id")
    public String publisherId;

    /** A publisher (source id) supplied with the article; it wins over the publisher read from the text. */
    @Column(name = "publisher_supplied")
    public String publisherSupplied;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
