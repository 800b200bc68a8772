package org.sijill.extract.sources;

/** What kind of source an outlet, body or person is. */
public enum SourceKind {
    NEWS_OUTLET, MONITOR, NEWS_AGENCY, ARMED_GROUP_MEDIA, OFFICIAL, PERSON, SOCIAL_MEDIA, LOCAL_NETWORK;

    /** Media are cited by name alone (a photo credit, "شبكة فرات بوست"); officials and persons need a cue. */
    public boolean isMedia() {
        return this != OFFICIAL && this != PERSON;
    }
}
