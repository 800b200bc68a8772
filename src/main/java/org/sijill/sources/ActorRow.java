package org.sijill.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An actor from the actor lexicon. */
@Entity
@Table(name = "actor")
public class ActorRow extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "name_ar")
    public String nameAr;
    public String kind;
    @Column(name = "parent_id")
    public String parentId;
    /** '|'-separated aliases as the lexicon writes them. */
    public String aliases;
}
