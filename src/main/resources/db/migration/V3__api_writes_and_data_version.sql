-- A publisher named by whoever posted the article over the API; it wins over the publisher read from the text
-- (as published_supplied does for the date), and survives re-extraction.
alter table article add column publisher_supplied varchar(128) references source (id);

-- Posting a text that is stored already (under any id, seeds included) finds it by its hash.
create index article_sha256_idx on article (sha256);

-- One number that changes whenever anything the API serves changes: HTTP ETags are derived from it, so reading it
-- must be cheap (one primary-key row) and it must never run ahead of the data it describes.
create table data_version (
    id         integer     primary key check (id = 1),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into data_version (id, version, changed_at) values (1, 1, now());

-- Bumped once per writing transaction, at commit time (deferred constraint triggers): the row lock is taken last
-- and held only while committing, so concurrent writers never wait on it for long and cannot deadlock on it, and
-- the new number becomes visible in the same instant as the data.
create function bump_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('sijill.data_version_bumped', true) = 'yes' then
        return null;
    end if;
    perform set_config('sijill.data_version_bumped', 'yes', true);
    update data_version set version = version + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['article', 'source', 'actor', 'incident', 'incident_actor', 'incident_article',
                             'incident_mention', 'incident_casualty', 'incident_total', 'figure', 'mention'] loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_data_version()',
                       t || '_data_version', t);
    end loop;
end;
$$;
