package org.mspportal.search.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mspportal.search.domain.query.Facet;
import org.mspportal.search.domain.query.SearchRequest;
import org.mspportal.search.domain.query.Snippets;

class SearchPagePiecesTest {

    @Test
    void aPassageIsEscapedBeforeItsMatchesAreMarked() {
        String passage = "<script>alert(1)</script> " + Snippets.MATCH_START + "police" + Snippets.MATCH_END + " & \"court\"";
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <mark>police</mark> &amp; &quot;court&quot;",
                PracticeLearningSearchView.marked(passage));
    }

    @Test
    void theAddressCarriesTheSearchAndAFacetValueIsChosenThenLetGo() {
        SearchRequest read = SearchParameters.read(Map.of("q", new String[] {"police OR court"},
                "theme", new String[] {"Feeling safe", ""}, "order", new String[] {"newest"},
                "page", new String[] {"3"}));
        assertEquals(Map.of(Facet.THEME, Set.of("Feeling safe")), read.filters());
        assertEquals(SearchRequest.Order.NEWEST, read.order());
        assertEquals("q=police+OR+court&theme=Feeling+safe&order=newest&page=3", SearchParameters.query(read));

        SearchRequest more = SearchParameters.toggled(read, Facet.PERIOD, "2025-26 Q3");
        assertEquals(1, more.page(), "a new filter starts at the first page");
        assertTrue(SearchParameters.query(more).contains("period=2025-26+Q3"));
        SearchRequest fewer = SearchParameters.toggled(more, Facet.THEME, "Feeling safe");
        assertEquals(Map.of(Facet.PERIOD, Set.of("2025-26 Q3")), fewer.filters());
    }

    @Test
    void aPageThatIsNotANumberIsTheFirst() {
        assertEquals(1, SearchParameters.read(Map.of("page", new String[] {"two"})).page());
        assertEquals(1, SearchParameters.read(Map.of("page", new String[] {"-4"})).page());
    }

    @Test
    void wordsThatASpreadsheetWouldRunAsAFormulaStayWords() {
        assertEquals("'=HYPERLINK(\"x\")", PracticeLearningExportServlet.cell("=HYPERLINK(\"x\")"));
        assertEquals("'-1", PracticeLearningExportServlet.cell("-1"));
        assertEquals("Nobody told me", PracticeLearningExportServlet.cell("Nobody told me"));
    }
}
