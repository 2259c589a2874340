package org.mspportal.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mspportal.core.module.HomeTile;
import org.mspportal.core.module.NavigationEntry;
import org.mspportal.core.security.PortalRole;

class SurveyModuleTest {

    private final SurveyModule module = new SurveyModule();

    @Test
    void contributesItsWordsFromItsOwnMessageBundle() {
        assertEquals("Enquiries", module.navigation().get(0).label());
        assertFalse(module.displayName().isBlank());
        for (HomeTile tile : module.homeTiles()) {
            assertFalse(tile.title().isBlank());
            assertFalse(tile.description().isBlank());
        }
    }

    @Test
    void everyLinkStaysInsideTheModulesOwnProtectedFolder() {
        for (NavigationEntry entry : module.navigation()) {
            assertTrue(entry.path().startsWith("/" + module.id() + "/"), entry.path());
        }
        for (HomeTile tile : module.homeTiles()) {
            assertTrue(tile.path().startsWith("/" + module.id() + "/"), tile.path());
        }
    }

    @Test
    void isShownOnlyToItsRoles() {
        assertEquals("survey", module.id());
        assertTrue(module.navigation().get(0).visibleTo(r -> r == PortalRole.PRACTITIONER));
        assertFalse(module.navigation().get(0).visibleTo(r -> r == PortalRole.MEMBER));
        assertFalse(module.homeTiles().get(0).visibleTo(r -> false), "never shown to visitors");
    }
}
