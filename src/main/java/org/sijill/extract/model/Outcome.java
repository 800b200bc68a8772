package org.sijill.extract.model;

/** What happened to the people a figure counts. */
public enum Outcome {
    KILLED, INJURED, ARRESTED, ESCAPED, MISSING, KILLED_OR_INJURED
}
