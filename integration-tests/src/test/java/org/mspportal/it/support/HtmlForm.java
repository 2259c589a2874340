package org.mspportal.it.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A form on a page as a browser without JavaScript would send it: every control's current value (hidden
 * fields, chosen options, ticked boxes), with text typed into the fields named, and the button pressed.
 */
public final class HtmlForm {

    private final FormElement form;
    private final URI page;

    private HtmlForm(FormElement form, URI page) {
        this.form = form;
        this.page = page;
    }

    /** Every form on the page. */
    public static List<HtmlForm> on(String html, URI page) {
        Document document = Jsoup.parse(html, page.toString());
        return document.select("form").stream().filter(FormElement.class::isInstance)
                .map(e -> new HtmlForm((FormElement) e, page)).toList();
    }

    public String id() {
        return form.id();
    }

    /** Where it posts to: the path and query on the portal. */
    public String actionPath() {
        URI action = page.resolve(form.attr("action").isBlank() ? page.getPath() : form.attr("action"));
        return action.getRawPath() + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery());
    }

    public boolean postsBack() {
        return form.attr("method").equalsIgnoreCase("post");
    }

    /** The names of the fields a person types words into (not passwords, not hidden fields). */
    public List<String> textFields() {
        return form.select("textarea[name], input[name]").stream()
                .filter(e -> e.tagName().equals("textarea") || TYPED.contains(e.attr("type").toLowerCase()))
                .filter(e -> !e.hasAttr("disabled") && !e.hasAttr("readonly"))
                .map(e -> e.attr("name")).distinct().toList();
    }

    /** The first real option of every radio group and list in the form: a person choosing the first each time. */
    public Map<String, String> firstChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        for (Element radio : form.select("input[type=radio][name]")) {
            choices.putIfAbsent(radio.attr("name"), radio.val());
        }
        for (Element select : form.select("select[name]")) {
            select.select("option").stream().map(Element::val).filter(v -> !v.isBlank()).findFirst()
                    .ifPresent(v -> choices.put(select.attr("name"), v));
        }
        return choices;
    }

    /** The buttons that submit this form, by name, with their labels. */
    public List<Map.Entry<String, String>> buttons() {
        List<Map.Entry<String, String>> buttons = new ArrayList<>();
        for (Element button : form.select("button[name], input[type=submit][name]")) {
            String type = button.attr("type").toLowerCase();
            if (button.tagName().equals("button") && !(type.isEmpty() || type.equals("submit"))) {
                continue;
            }
            String label = button.tagName().equals("button") ? button.text() : button.attr("value");
            buttons.add(Map.entry(button.attr("name"), label));
        }
        return buttons;
    }

    /** What a browser sends with the given words typed, or choices made, and the named button pressed. */
    public List<Map.Entry<String, String>> submission(Map<String, String> typed, Optional<String> button) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        // Only the button pressed is sent: jsoup lists every submit button with the form's data.
        java.util.Set<String> buttons = new java.util.HashSet<>();
        buttons().forEach(b -> buttons.add(b.getKey()));
        form.formData().stream().filter(kv -> !buttons.contains(kv.key())).forEach(kv -> {
            fields.add(Map.entry(kv.key(), typed.getOrDefault(kv.key(), kv.value())));
            used.add(kv.key());
        });
        // A choice made where none was (a radio button or check box not yet ticked).
        typed.forEach((name, value) -> {
            if (!used.contains(name)) {
                fields.add(Map.entry(name, value));
            }
        });
        button.ifPresent(name -> {
            Element pressed = form.selectFirst("[name=\"" + name + "\"]");
            fields.add(Map.entry(name, pressed == null || pressed.val().isEmpty() ? name : pressed.val()));
        });
        return fields;
    }

    /** What a person reads on a page, and what its fields hold: where words typed should come back. */
    public static String visibleWords(String html) {
        Document document = Jsoup.parse(html);
        StringBuilder words = new StringBuilder(document.text());
        document.select("input, textarea").forEach(e -> words.append('\n').append(e.val()));
        return words.toString();
    }

    private static final List<String> TYPED = List.of("", "text", "search", "email", "tel", "url");
}
