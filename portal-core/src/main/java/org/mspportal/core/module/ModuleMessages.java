package org.mspportal.core.module;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A module's own message bundle, for the words its descriptor gives the shell (navigation labels,
 * tile titles). Its pages read the same bundle through the {@code resource-bundle} the module
 * declares in its own {@code META-INF/faces-config.xml}.
 */
public final class ModuleMessages {

    private final ResourceBundle bundle;

    private ModuleMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle {@code messages} in the package of the module's descriptor class. */
    public static ModuleMessages of(Class<? extends PortalModule> descriptor) {
        String baseName = descriptor.getPackageName() + ".messages";
        return new ModuleMessages(ResourceBundle.getBundle(baseName, Locale.UK, descriptor.getClassLoader()));
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Message " + key + " is missing from " + bundle.getBaseBundleName(), e);
        }
    }
}
