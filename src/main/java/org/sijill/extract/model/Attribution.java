package org.sijill.extract.model;

/** Who the article says gave a number: a known source id, or only a name (e.g. "مصدر عسكري"). */
public record Attribution(String sourceId, String name) {
}
