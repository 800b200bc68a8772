-- Statistics group by month and year without computing them per row and per request: each cell keeps its
-- incident's month (when the whole date range lies in one month) and year (likewise), as statistics/method.md says.
alter table statistic_total add column month varchar(7), add column year integer;
alter table statistic_actor add column month varchar(7), add column year integer;

update statistic_total set
    month = case when date_trunc('month', date_start) = date_trunc('month', date_end) then to_char(date_start, 'YYYY-MM') end,
    year = case when extract(year from date_start) = extract(year from date_end) then cast(extract(year from date_start) as integer) end;
update statistic_actor set
    month = case when date_trunc('month', date_start) = date_trunc('month', date_end) then to_char(date_start, 'YYYY-MM') end,
    year = case when extract(year from date_start) = extract(year from date_end) then cast(extract(year from date_start) as integer) end;

-- The sources of each incident (publishers of the articles that report it, and sources its figures are attributed
-- to), for statistics grouped by source: written with the incidents instead of gathered per request.
create table statistic_source (
    id        varchar(64)  not null,
    source_id varchar(128) not null,
    primary key (id, source_id)
);

insert into statistic_source
select distinct incident_id, source_id from (
    select x.incident_id, a.publisher_id as source_id from incident_article x
      join article a on a.id = x.article_id where x.role = 'REPORTS'
    union select g.incident_id, g.source_id from figure g where g.incident_id is not null) u
where source_id is not null;
