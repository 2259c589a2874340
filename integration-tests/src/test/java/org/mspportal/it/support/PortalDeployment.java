package org.mspportal.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;

import net.bytebuddy.ByteBuddy;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as the build packaged it, or with one plugin module taken out. */
public final class PortalDeployment {

    public static final String WAR = "portal-web.war";

    private PortalDeployment() {
    }

    public static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("msp.it.ear", "target/deployments/msp-portal.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The portal without the module whose jar name starts with {@code moduleArtifactId}. */
    public static EnterpriseArchive without(String moduleArtifactId) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        List<ArchivePath> jars = war.getContent().keySet().stream()
                .filter(p -> p.get().startsWith("/WEB-INF/lib/" + moduleArtifactId + "-"))
                .toList();
        if (jars.size() != 1) {
            throw new IllegalStateException("Expected one jar of " + moduleArtifactId + " in the WAR, found " + jars);
        }
        war.delete(jars.get(0));
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /**
     * The portal with test classes added to its web module, for tests that run inside the server, with the
     * libraries tests wait and assert with (Awaitility with the Hamcrest it needs, AssertJ with its Byte Buddy) taken
     * from the tests' own class path.
     */
    public static EnterpriseArchive withTestClasses(Class<?>... classes) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(classes);
        war.addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class), jarOf(Assertions.class), jarOf(ByteBuddy.class));
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("No jar for " + type, e);
        }
    }
}
