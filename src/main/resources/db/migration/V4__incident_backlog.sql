-- Incidents are re-derived only where articles changed. A write records here, in its own transaction, which
-- articles changed and which incidents included them before; the incident derivation consumes the rows in the
-- transaction that re-derives those incidents. Rows left by a crash are picked up at the next start.
create table incident_backlog (
    what varchar(8)   not null check (what in ('article', 'incident', 'all')),
    id   varchar(200) not null,
    primary key (what, id)
);

-- Derive everything once after this migration (incidents stored before it may predate the backlog).
insert into incident_backlog (what, id) values ('all', '*');

-- Re-deriving one governorate's incidents reads its mentions; unlinking an incident finds its mentions.
create index incident_mention_admin1_idx on incident_mention (admin1);
create index incident_mention_incident_idx on incident_mention (incident_id);
