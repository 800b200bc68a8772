package org.sijill.incidents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Which articles report (or only reference) an incident. */
@Entity
@Table(name = "incident_article")
@IdClass(IncidentArticle.Key.class)
public class IncidentArticle extends PanacheEntityBase {

    /** The composite key. */
    public static class Key implements Serializable {
        public String incidentId;
        public String articleId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(incidentId, k.incidentId)
                    && java.util.Objects.equals(articleId, k.articleId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(incidentId, articleId);
        }
    }

    @Id
    @Column(name = "incident_id")
    public String incidentId;

    @Id
    @Column(name = "article_id")
    public String articleId;

    public String role;
}
