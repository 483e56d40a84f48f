package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our machines, so docker-compose.yml is checked against the modules'
 * own configuration: every deployable module has a service built from it, listening on the port
 * its application.yml defaults to, with every address its configuration reads set.
 */
class ComposeFileTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern PORT_DEFAULT = Pattern.compile("port:\\s*\\$\\{(\\w+):(\\d+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    /** Variables that name where something is; the rest (demo switches, tuning) may keep their defaults. */
    private static final Pattern ADDRESS_VARIABLE = Pattern.compile(
            "CITYBRIDGE_KAFKA|CITYBRIDGE_MONGO_URI|CITYBRIDGE_ISSUER|CITYBRIDGE_BIND_ADDRESS|IDENTITY_URL|\\w+_PORT|\\w+_URL");

    static List<String> deployableModules() throws Exception {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(Repository.read("pom.xml"));
        while (matcher.find()) {
            String module = matcher.group(1);
            if (Files.exists(Repository.root().resolve(module + "/src/main/resources/application.yml"))) {
                modules.add(module);
            }
        }
        return modules;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() {
        Map<String, Object> compose = new Yaml().load(Repository.read("docker-compose.yml"));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> service, String key) {
        Object value = service.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @Test
    void everyDeployableModuleIsAServiceAndTheInfrastructureIsThere() throws Exception {
        List<String> modules = deployableModules();
        assertThat(modules).contains("identity", "gateway", "organisations-service", "actions-service",
                "knowledge-service", "events-service");
        assertThat(services().keySet()).containsAll(modules).contains("mongo", "kafka");
        assertThat(services().get("mongo").toString()).contains("mongo:7").contains("--replSet");
        assertThat(services().get("kafka").toString()).contains("apache/kafka:4").contains("broker,controller");
    }

    @ParameterizedTest
    @MethodSource("deployableModules")
    @SuppressWarnings("unchecked")
    void theServiceIsBuiltFromItsModuleAndListensOnItsConfiguredPort(String module) {
        Map<String, Object> service = (Map<String, Object>) services().get(module);
        Map<String, Object> build = section(service, "build");
        assertThat(build.get("dockerfile")).isEqualTo("Dockerfile");
        assertThat(section(build, "args").get("MODULE")).isEqualTo(module);

        Matcher port = PORT_DEFAULT.matcher(Repository.read(module + "/src/main/resources/application.yml"));
        assertThat(port.find()).as("%s declares server.port: ${X_PORT:n}", module).isTrue();
        String variable = port.group(1);
        String defaultPort = port.group(2);
        assertThat((List<String>) service.get("ports")).contains(defaultPort + ":" + defaultPort);
        assertThat(String.valueOf(section(service, "environment").get(variable))).isEqualTo(defaultPort);
    }

    @ParameterizedTest
    @MethodSource("deployableModules")
    @SuppressWarnings("unchecked")
    void everyAddressTheModuleReadsIsSetAndPointsAtAComposeService(String module) {
        Map<String, Object> service = (Map<String, Object>) services().get(module);
        Map<String, String> environment = new HashMap<>();
        section(service, "environment").forEach((key, value) -> environment.put(key, String.valueOf(value)));

        Set<String> read = new TreeSet<>(placeholders(module + "/src/main/resources/application.yml"));
        if (read(module + "/pom.xml").contains("<artifactId>platform</artifactId>")) {
            read.addAll(placeholders("platform/src/main/resources/citybridge-defaults.properties"));
        }
        Map<String, String> addresses = new LinkedHashMap<>();
        read.stream().filter(name -> ADDRESS_VARIABLE.matcher(name).matches())
                .filter(name -> !name.endsWith("_PORT") || name.equals(ownPortVariable(module)))
                .forEach(name -> addresses.put(name, environment.get(name)));

        assertThat(addresses).as("addresses %s reads", module).doesNotContainValue(null);
        addresses.forEach((name, value) -> {
            if (name.endsWith("_URL") && !name.equals("CITYBRIDGE_URL")) {
                String host = value.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
                assertThat(services()).as("%s of %s points at a compose service", name, module).containsKey(host);
                Matcher portInUrl = Pattern.compile(":(\\d+)").matcher(value.replaceFirst("^https?://", ""));
                if (portInUrl.find()) {
                    assertThat(exposedPorts(host)).as("%s=%s", name, value).contains(portInUrl.group(1));
                }
            }
        });
        // Every module listens on loopback unless told otherwise, which would shut out the other containers.
        assertThat(addresses).as("%s listens beyond loopback in compose", module)
                .containsEntry("CITYBRIDGE_BIND_ADDRESS", "0.0.0.0");
        if (addresses.containsKey("CITYBRIDGE_KAFKA")) {
            assertThat(addresses.get("CITYBRIDGE_KAFKA")).isEqualTo("kafka:9092");
            assertThat(addresses.get("CITYBRIDGE_MONGO_URI")).startsWith("mongodb://mongo:27017");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> exposedPorts(String service) {
        List<String> ports = (List<String>) ((Map<String, Object>) services().get(service)).get("ports");
        return ports == null ? List.of() : ports.stream().map(port -> port.replaceFirst("^.*:", "")).toList();
    }

    private static String ownPortVariable(String module) {
        Matcher port = PORT_DEFAULT.matcher(read(module + "/src/main/resources/application.yml"));
        return port.find() ? port.group(1) : "";
    }

    private static Set<String> placeholders(String path) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(read(path));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String read(String path) {
        return Repository.read(path);
    }
}
