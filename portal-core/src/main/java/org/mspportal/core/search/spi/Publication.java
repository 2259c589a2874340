package org.mspportal.core.search.spi;

import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningText;

/** What a module published, as the search module receives it from the outbox. */
public sealed interface Publication {

    DocumentRef document();

    /** A text to index, or to index again in place of its earlier words. */
    record Published(PracticeLearningText text) implements Publication {
        @Override
        public DocumentRef document() {
            return text.document();
        }
    }

    /** A text to take out of the index. */
    record Withdrawn(DocumentRef document) implements Publication {
    }
}
