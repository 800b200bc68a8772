-- What casualty statistics add up, one narrow table per kind of cell, each row carrying the incident fields that
-- statistics group and filter by (so a statistics query reads one table instead of joining every incident):
-- statistic_total as incident_total (all sides, per outcome), statistic_actor as incident_casualty (per actor).
-- Written by the incident derivation with the incidents; "id" is the incident's id.
create table statistic_total (
    id             varchar(64) not null,
    outcome        varchar(24) not null,
    low            integer     not null,
    best           integer     not null,
    high           integer     not null,
    figures        integer     not null,
    event_type     varchar(64) not null,
    sub_event_type varchar(64),
    date_start     date,
    date_end       date,
    admin1         varchar(16),
    admin2         varchar(16),
    lat            double precision,
    lon            double precision,
    primary key (id, outcome)
);

create table statistic_actor (
    id               varchar(64) not null,
    outcome          varchar(24) not null,
    actor_id         varchar(64) not null,
    part_of_actor_id varchar(64),
    low              integer     not null,
    best             integer     not null,
    high             integer     not null,
    figures          integer     not null,
    event_type       varchar(64) not null,
    sub_event_type   varchar(64),
    date_start       date,
    date_end         date,
    admin1           varchar(16),
    admin2           varchar(16),
    lat              double precision,
    lon              double precision,
    primary key (id, actor_id, outcome)
);

insert into statistic_total
select t.incident_id, t.outcome, t.low, t.best, t.high, t.figure_count, i.event_type, i.sub_event_type, i.date_start,
       i.date_end, i.admin1, i.admin2, i.lat, i.lon
from incident_total t join incident i on i.id = t.incident_id;

insert into statistic_actor
select c.incident_id, c.outcome, c.actor_id, c.part_of_actor_id, c.low, c.best, c.high, c.figure_count, i.event_type,
       i.sub_event_type, i.date_start, i.date_end, i.admin1, i.admin2, i.lat, i.lon
from incident_casualty c join incident i on i.id = c.incident_id;
