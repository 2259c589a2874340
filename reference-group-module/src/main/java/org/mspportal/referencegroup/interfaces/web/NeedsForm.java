package org.mspportal.referencegroup.interfaces.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.mspportal.referencegroup.domain.model.group.AccessNeed;

/** Access needs as the forms' check boxes hold them (an array, so Faces converts the enum itself). */
final class NeedsForm {

    private NeedsForm() {
    }

    static Set<AccessNeed> asSet(AccessNeed[] ticked) {
        return ticked == null || ticked.length == 0 ? EnumSet.noneOf(AccessNeed.class) : EnumSet.copyOf(Arrays.asList(ticked));
    }
}
