package org.sijill.incidents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One real-world event, deduplicated across the articles that report it. Re-derived, never edited by hand. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {
    @Id
    public String id;
    public String title;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "sub_event_type")
    public String subEventType;
    @Column(name = "date_start")
    public LocalDate dateStart;
    @Column(name = "date_end")
    public LocalDate dateEnd;
    @Column(name = "date_precision")
    public String datePrecision;
    @Column(name = "date_basis")
    public String dateBasis;
    public String country;
    public String admin1;
    @Column(name = "admin1_name")
    public String admin1Name;
    @Column(name = "admin1_name_ar")
    public String admin1NameAr;
    public String admin2;
    @Column(name = "admin2_name")
    public String admin2Name;
    @Column(name = "admin2_name_ar")
    public String admin2NameAr;
    @Column(name = "place_name")
    public String placeName;
    @Column(name = "place_name_ar")
    public String placeNameAr;
    public String site;
    public Double lat;
    public Double lon;
    @Column(name = "loc_precision")
    public String locPrecision;
    @Column(name = "killed_best")
    public int killedBest;
}
