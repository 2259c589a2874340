package org.mspportal.it.support;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core on the page in the browser: any WCAG 2.x A or AA violation fails the test. */
public final class Accessibility {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    public static void assertNoViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + ":\n  " + report);
        }
    }

    /** The page fits a 320 px wide screen without sideways scrolling (WCAG 1.4.10 Reflow). */
    public static void assertFitsWidth(WebDriver driver, int width) {
        Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        long actual = ((Number) scrollWidth).longValue();
        if (actual > width) {
            Object culprits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > arguments[0])"
                    + ".filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > arguments[0]))"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');",
                    width);
            throw new AssertionError(driver.getCurrentUrl() + " is " + actual + " px wide at a " + width
                    + " px screen; too wide: " + culprits);
        }
    }
}
