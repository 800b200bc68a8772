-- What extraction derives from articles. Everything here can be rebuilt from the articles and the lexicons:
-- re-extraction replaces an article's rows; incidents are re-derived from the stored incident mentions.

create table actor (
    id         varchar(64) primary key,
    name       text        not null,
    name_ar    text,
    kind       varchar(32) not null,
    parent_id  varchar(64),
    aliases    text        not null default ''   -- '|'-separated, as written in the lexicon
);

create table source (
    id          varchar(128) primary key,
    name        text         not null,
    name_ar     text,
    kind        varchar(32)  not null,
    affiliation varchar(64)
);

alter table article add column publisher_id      varchar(128) references source (id);
alter table article add column publisher_rule    varchar(64);
alter table article add column extractor_version varchar(64);
alter table article add column published_supplied date;  -- a date given with the article; wins over inference
create index article_publisher_idx on article (publisher_id);

-- An event as one article describes it (REPORTS) or alludes to it (REFERENCES).
create table incident_mention (
    article_id      varchar(200) not null references article (id) on delete cascade,
    ordinal         integer      not null,
    role            varchar(16)  not null,
    event_type      varchar(64)  not null,
    sub_event_type  varchar(64),
    date_start      date,
    date_end        date,
    date_precision  varchar(16)  not null,
    date_basis      text,
    admin1          varchar(16),
    admin1_name     text,
    admin1_name_ar  text,
    admin2          varchar(16),
    admin2_name     text,
    admin2_name_ar  text,
    place_id        varchar(64),
    place_name      text,
    place_name_ar   text,
    site            text,
    lat             double precision,
    lon             double precision,
    loc_precision   varchar(16),
    actors          text         not null default '',  -- 'actorId:ROLE' joined with '|'
    quote           text         not null,
    start_offset    integer      not null,
    end_offset      integer      not null,
    rule_id         varchar(64)  not null,
    incident_id     varchar(64),
    primary key (article_id, ordinal)
);

create table incident (
    id              varchar(64)  primary key,
    title           text         not null,
    event_type      varchar(64)  not null,
    sub_event_type  varchar(64),
    date_start      date,
    date_end        date,
    date_precision  varchar(16)  not null,
    date_basis      text,
    country         varchar(2)   not null,
    admin1          varchar(16),
    admin1_name     text,
    admin1_name_ar  text,
    admin2          varchar(16),
    admin2_name     text,
    admin2_name_ar  text,
    place_name      text,
    place_name_ar   text,
    site            text,
    lat             double precision,
    lon             double precision,
    loc_precision   varchar(16),
    killed_best     integer      not null default 0
);
create index incident_date_idx on incident (date_start, date_end);
create index incident_admin_idx on incident (admin1, admin2);

create table incident_actor (
    incident_id varchar(64) not null references incident (id) on delete cascade,
    actor_id    varchar(64) not null,
    role        varchar(16) not null,
    primary key (incident_id, actor_id, role)
);

create table incident_article (
    incident_id varchar(64)  not null references incident (id) on delete cascade,
    article_id  varchar(200) not null references article (id) on delete cascade,
    role        varchar(16)  not null,
    primary key (incident_id, article_id)
);
create index incident_article_article_idx on incident_article (article_id);

create table figure (
    id              varchar(80)  primary key,
    article_id      varchar(200) not null references article (id) on delete cascade,
    ordinal         integer      not null,
    mention_ordinal integer,
    incident_id     varchar(64),
    scope           varchar(16)  not null,
    actor_id        varchar(64)  not null,
    outcome         varchar(24)  not null,
    value           integer,
    low             integer      not null,
    high            integer,
    qualifier       varchar(16)  not null,
    part_of         varchar(80),
    source_id       varchar(128),
    source_name     text,
    period_start    date,
    period_end      date,
    quote           text         not null,
    start_offset    integer      not null,
    end_offset      integer      not null,
    rule_id         varchar(64)  not null
);
create index figure_article_idx on figure (article_id);
create index figure_incident_idx on figure (incident_id);
create index figure_actor_outcome_idx on figure (actor_id, outcome);

-- Casualties per incident and (actor, outcome), formed from its figures by the documented rule.
create table incident_casualty (
    incident_id  varchar(64) not null references incident (id) on delete cascade,
    actor_id     varchar(64) not null,
    outcome      varchar(24) not null,
    low          integer     not null,
    best         integer     not null,
    high         integer     not null,
    figure_count integer     not null,
    part_of_actor_id varchar(64),  -- set when every figure here is a subset of another actor's row: never summed
    primary key (incident_id, actor_id, outcome)
);

-- Casualties per incident and outcome over all sides, without double counting (see CasualtyRule).
create table incident_total (
    incident_id varchar(64) not null references incident (id) on delete cascade,
    outcome     varchar(24) not null,
    low         integer     not null,
    best        integer     not null,
    high        integer     not null,
    primary key (incident_id, outcome)
);

-- What was recognised in an article (places, actors, dates, numbers, sources), with evidence.
create table mention (
    article_id   varchar(200) not null references article (id) on delete cascade,
    ordinal      integer      not null,
    kind         varchar(16)  not null,
    value        text         not null,
    quote        text         not null,
    start_offset integer      not null,
    end_offset   integer      not null,
    rule_id      varchar(64)  not null,
    primary key (article_id, ordinal)
);
