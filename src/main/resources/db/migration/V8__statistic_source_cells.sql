-- Statistics grouped by source read one table instead of joining every incident total with its sources: one row per
-- incident, outcome and source (the incident's statistic_total cell repeated for each of its sources; an incident with
-- no known source keeps one row with a null source_id, as the left join it replaces gave). Written by the incident
-- derivation with the other cells; "id" is the incident's id.
create table statistic_source_total (
    id             varchar(64)  not null,
    source_id      varchar(128),
    outcome        varchar(24)  not null,
    low            integer      not null,
    best           integer      not null,
    high           integer      not null,
    figures        integer      not null,
    event_type     varchar(64)  not null,
    sub_event_type varchar(64),
    date_start     date,
    date_end       date,
    admin1         varchar(16),
    admin2         varchar(16),
    lat            double precision,
    lon            double precision,
    month          varchar(7),
    year           integer
);

create index statistic_source_total_id_idx on statistic_source_total (id);

insert into statistic_source_total
select c.id, s.source_id, c.outcome, c.low, c.best, c.high, c.figures, c.event_type, c.sub_event_type, c.date_start,
       c.date_end, c.admin1, c.admin2, c.lat, c.lon, c.month, c.year
from statistic_total c left join statistic_source s on s.id = c.id;
