-- Articles as received: the original text verbatim, plus what the service derives for display and search.
create table article (
    id                  varchar(200) primary key,
    title               text         not null,
    body                text         not null,
    search_text         text         not null,
    sha256              varchar(64)  not null,
    characters          integer      not null,
    language            varchar(8)   not null,
    url                 text,
    origin              varchar(16)  not null,
    published_start     date,
    published_end       date,
    published_precision varchar(16),
    published_basis     text,
    ingested_at         timestamptz  not null,
    updated_at          timestamptz  not null
);

create index article_published_idx on article (published_start, published_end);
create index article_ingested_idx on article (ingested_at, id);
