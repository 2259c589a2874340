package org.mspportal.search.application;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.mspportal.core.search.KnownPersonNames;
import org.mspportal.search.domain.redaction.NameGazetteer;
import org.mspportal.search.domain.redaction.Redactor;

/**
 * The redactor with the names the portal itself holds (staff, reference group members) as well as the
 * shipped lists of common names. The names are asked for each time; the redactor is made again only when
 * they have changed.
 */
@ApplicationScoped
public class PortalRedactor {

    @Inject
    @Any
    Instance<KnownPersonNames> sources;

    private volatile Set<String> namesUsed;
    private volatile Redactor redactor;

    public Redactor current() {
        Set<String> names = new TreeSet<>();
        for (KnownPersonNames source : sources) {
            names.addAll(source.names());
        }
        if (redactor == null || !names.equals(namesUsed)) {
            redactor = new Redactor(NameGazetteer.shipped().withKnownNames(names), Redactor.DEFAULT_CASE_REFERENCE);
            namesUsed = names;
        }
        return redactor;
    }
}
