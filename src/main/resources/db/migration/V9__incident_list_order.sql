-- Incident lists are read in one of three orders (IncidentFilter.Sort); an index in each order lets a page of a large
-- table be read from the index instead of sorting every matching incident.
create index incident_date_asc_idx on incident (date_start asc nulls last, id);
create index incident_date_desc_idx on incident (date_start desc nulls last, id);
create index incident_killed_desc_idx on incident (killed_best desc, date_start desc nulls last, id);
