package org.sijill.extract.model;

/** INCIDENT: a number about one event. AGGREGATE: a running tally over many events, never summed into statistics. */
public enum Scope {
    INCIDENT, AGGREGATE
}
