package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated plugin descriptor, as Maven reads it: every goal exists, and every parameter a user can set
 * has a -D property (migration.* or the issue's steps/to/version/name) and a description for help -Ddetail.
 */
class PluginDescriptorTest {
    private static final Set<String> READONLY = Set.of("project", "session", "mojoExecution");
    /** Read from the session instead (SecretProperties): mvn -X prints every bound parameter's value. */
    private static final Set<String> SECRET = Set.of("url", "password", "devUrl", "devPassword");
    private static final Map<String, Element> MOJOS = new HashMap<>();
    private static Element plugin;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            plugin = doc.getDocumentElement();
            NodeList mojos = doc.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                MOJOS.put(text(mojo, "goal"), mojo);
            }
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    @Test
    void goalsAndPrefix() {
        assertThat(text(plugin, "goalPrefix")).isEqualTo("migration");
        assertThat(MOJOS.keySet()).containsExactlyInAnyOrder("up", "down", "force", "version", "status",
                "validate", "create", "hash", "baseline", "help", "diff", "check", "init", "lint", "repair", "test",
                "stop-dev");
    }

    @Test
    void everyUserParameterHasAPropertyAndADescription() {
        MOJOS.forEach((goal, mojo) -> {
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                String name = text(parameter, "name");
                if (READONLY.contains(name)) {
                    assertThat(text(parameter, "editable")).as(goal + " " + name).isEqualTo("false");
                    continue;
                }
                assertThat(text(parameter, "description")).as(goal + " " + name + " description").isNotBlank();
                if (goal.equals("help")) {
                    continue;
                }
                String expression = text(configuration, name);
                if (SECRET.contains(name)) {
                    assertThat(expression).as(goal + " " + name + " is not bound to a property").isNull();
                    continue;
                }
                assertThat(expression).as(goal + " " + name + " property").isNotNull();
                String property = expression.replaceAll("^\\$\\{(.*)}$", "$1");
                assertThat(property).as(goal + " " + name).isEqualTo("migration." + name);
            }
        });
    }

    @Test
    void theRegistryNamesExactlyTheDeclaredProperties() {
        MOJOS.forEach((goal, mojo) -> {
            if (!goal.equals("help")) {
                // the secret ones are read from the session, not bound (mvn -X would print them)
                assertThat(properties(goal)).as(goal).containsExactlyInAnyOrderElementsOf(KnownProperties.all()
                        .stream().filter(p -> !SecretProperties.NAMES.contains(p)).toList());
                assertThat(KnownProperties.of(goal)).as(goal).isNotEmpty();
            }
        });
        assertThat(KnownProperties.GOALS.keySet()).containsExactlyInAnyOrderElementsOf(MOJOS.keySet().stream()
                .filter(goal -> !goal.equals("help")).toList());
    }

    private static List<String> properties(String goal) {
        Element configuration = (Element) MOJOS.get(goal).getElementsByTagName("configuration").item(0);
        NodeList children = configuration.getChildNodes();
        List<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTextContent().startsWith("${")) {
                result.add(e.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1"));
            }
        }
        return result;
    }
}
