package org.sijill.extract.sources;

import java.util.List;
import java.util.Optional;

/** What one article says about sources: who published it (if it says) and whom it cites, in text order. */
public record ArticleSources(Optional<PublisherMatch> publisher, List<SourceMatch> citations) {
}
