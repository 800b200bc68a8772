package org.sijill.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A publisher or a source articles cite, from the source lexicon or met in a text (a tweet's author). */
@Entity
@Table(name = "source")
public class SourceRow extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "name_ar")
    public String nameAr;
    public String kind;
    public String affiliation;
}
