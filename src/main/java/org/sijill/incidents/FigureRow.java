package org.sijill.incidents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stored casualty figure with its evidence. */
@Entity
@Table(name = "figure")
public class FigureRow extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "article_id")
    public String articleId;
    public int ordinal;
    @Column(name = "mention_ordinal")
    public Integer mentionOrdinal;
    @Column(name = "incident_id")
    public String incidentId;
    public String scope;
    @Column(name = "actor_id")
    public String actorId;
    public String outcome;
    public Integer value;
    public int low;
    public Integer high;
    public String qualifier;
    @Column(name = "part_of")
    public String partOf;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "source_name")
    public String sourceName;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    public String quote;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
    @Column(name = "rule_id")
    public String ruleId;

    public static String idOf(String articleId, int ordinal) {
        return articleId + ".f" + ordinal;
    }
}
