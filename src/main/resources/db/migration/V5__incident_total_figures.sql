-- Statistics add up incident totals with the number of figures behind each; keeping that number on the total row
-- saves a lookup per row (at a million figures, the statistics query spent most of its time there).
alter table incident_total add column figure_count integer not null default 0;

update incident_total t set figure_count = x.n
from (select incident_id, outcome, sum(figure_count) n from incident_casualty group by incident_id, outcome) x
where x.incident_id = t.incident_id and x.outcome = t.outcome;
