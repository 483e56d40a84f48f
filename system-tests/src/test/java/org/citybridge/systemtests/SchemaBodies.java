package org.citybridge.systemtests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik arbitraries for request bodies, built from a resolved OpenAPI schema (which springdoc derives
 * from the request records and their bean-validation bounds): {@link #validish(JsonNode)} stays inside
 * the declared types, bounds, enums and formats as far as a schema says them; {@link #mutated(JsonNode)}
 * takes such a body and breaks it in one place the way a careless or hostile client would.
 */
final class SchemaBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    /** Long enough to pass any declared bound by far, short enough to stay under a 1 MiB body limit. */
    static final int OVERSIZED = 100_000;

    private SchemaBodies() {
    }

    static Arbitrary<JsonNode> validish(JsonNode schema) {
        return validish(schema, 0);
    }

    static Arbitrary<JsonNode> mutated(JsonNode schema) {
        return validish(schema).flatMap(body -> mutation(schema).map(mutation -> mutation.apply(body.deepCopy())));
    }

    private static Arbitrary<JsonNode> validish(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            return Arbitraries.just(NODES.nullNode());
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.path("enum").forEach(values::add);
            return Arbitraries.of(values);
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.path(alternatives).isArray() && !schema.path(alternatives).isEmpty()) {
                List<Arbitrary<JsonNode>> choices = new ArrayList<>();
                schema.path(alternatives).forEach(alternative -> choices.add(validish(alternative, depth + 1)));
                return Arbitraries.oneOf(choices);
            }
        }
        String type = type(schema);
        return switch (type) {
            case "integer" -> integers(schema);
            case "number" -> Arbitraries.doubles()
                    .between(schema.path("minimum").asDouble(-1_000_000), schema.path("maximum").asDouble(1_000_000))
                    .map(NODES::numberNode);
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            case "array" -> arrays(schema, depth);
            case "object" -> objects(schema, depth);
            default -> strings(schema);
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode alternative : type) {
                if (!"null".equals(alternative.asString())) {
                    return alternative.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
    }

    private static Arbitrary<JsonNode> integers(JsonNode schema) {
        long minimum = schema.path("minimum").asLong(-1_000);
        long maximum = schema.path("maximum").asLong(Math.max(minimum, 0) + 10_000);
        return Arbitraries.longs().between(minimum, Math.max(minimum, maximum)).map(NODES::numberNode);
    }

    private static Arbitrary<JsonNode> strings(JsonNode schema) {
        String format = schema.path("format").asString("");
        String pattern = schema.path("pattern").asString("");
        int maxLength = schema.path("maxLength").asInt(60);
        int minLength = Math.min(schema.path("minLength").asInt(0), maxLength);
        Arbitrary<String> values = switch (format) {
            case "date" -> Arbitraries.integers().between(-400, 800)
                    .map(days -> LocalDate.of(2026, 6, 1).plusDays(days).toString());
            case "date-time" -> Arbitraries.integers().between(-400, 800)
                    .map(days -> OffsetDateTime.of(2026, 6, 1, 9, 30, 0, 0, ZoneOffset.UTC).plusDays(days).toString());
            case "email" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                    .map(local -> local + "@example.org");
            case "uri", "url" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                    .map(path -> "https://example.org/" + path);
            case "uuid" -> Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString());
            default -> pattern.isEmpty() ? text(minLength, Math.min(maxLength, 80)) : matching(pattern);
        };
        return values.map(NODES::stringNode);
    }

    /** Text a person might type: letters of several scripts, digits, punctuation, now and then an emoji. */
    private static Arbitrary<String> text(int minLength, int maxLength) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(" .,-'éëüößçğşı€").withChars("ابت").withCharRange('\u0400', '\u044f')
                .ofMinLength(Math.max(minLength, 1)).ofMaxLength(Math.max(maxLength, 1));
    }

    /**
     * A value for a declared pattern, without a regular-expression generator: an alternation of words
     * ({@code nl|de|en|fr}) gives one of them, anything else a lower-case slug, a web address or a
     * phone number, which is what the patterns in these services describe.
     */
    private static Arbitrary<String> matching(String pattern) {
        String bare = pattern.replace("(?i)", "");
        if (bare.matches("[A-Za-z0-9_ -]+(\\|[A-Za-z0-9_ -]+)+")) {
            return Arbitraries.of(bare.split("\\|"));
        }
        if (bare.contains("https?")) {
            return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                    .map(path -> "https://example.org/" + path);
        }
        if (bare.startsWith("\\+?[0-9]")) {
            return Arbitraries.integers().between(100_000, 999_999_999).map(number -> "+31 " + number);
        }
        if (bare.equals("[0-9]{1,2}")) {
            return Arbitraries.integers().between(1, 99).map(String::valueOf);
        }
        if (bare.equals("[a-z]{2}")) {
            return Arbitraries.of("nl", "de", "en", "fr");
        }
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(2).ofMaxLength(20)
                .map(slug -> "a" + slug);
    }

    private static Arbitrary<JsonNode> arrays(JsonNode schema, int depth) {
        int maxItems = Math.min(schema.path("maxItems").asInt(4), 4);
        int minItems = Math.min(schema.path("minItems").asInt(0), maxItems);
        Arbitrary<JsonNode> items = validish(schema.path("items"), depth + 1);
        var lists = schema.path("uniqueItems").asBoolean(false)
                ? items.list().uniqueElements().ofMinSize(minItems).ofMaxSize(maxItems)
                : items.list().ofMinSize(minItems).ofMaxSize(maxItems);
        return lists.map(elements -> {
            ArrayNode array = NODES.arrayNode();
            elements.forEach(array::add);
            return array;
        });
    }

    private static Arbitrary<JsonNode> objects(JsonNode schema, int depth) {
        if (!schema.has("properties")) {
            // A map (e.g. a title per language): a few language keys.
            Arbitrary<JsonNode> values = validish(schema.path("additionalProperties"), depth + 1);
            return Arbitraries.maps(Arbitraries.of("nl", "de", "en", "fr"), values).ofMinSize(1).ofMaxSize(3)
                    .map(entries -> {
                        ObjectNode object = NODES.objectNode();
                        entries.forEach(object::set);
                        return object;
                    });
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            names.add(property.getKey());
            Arbitrary<JsonNode> value = validish(property.getValue(), depth + 1);
            // An optional member is left out now and then, as clients do.
            values.add(required.contains(property.getKey()) ? value : value.injectNull(0.2));
        }
        return Combinators.combine(values).as(generated -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (generated.get(i) != null) {
                    object.set(names.get(i), generated.get(i));
                }
            }
            return object;
        });
    }

    /** One way to break a body: at a member of the top-level object, or the whole body. */
    private static Arbitrary<UnaryOperator<JsonNode>> mutation(JsonNode schema) {
        List<String> members = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(members::add);
        Arbitrary<UnaryOperator<JsonNode>> whole = Arbitraries.of(
                body -> NODES.arrayNode().add(body),
                body -> NODES.stringNode(body.toString()),
                body -> NODES.nullNode(),
                body -> NODES.numberNode(Long.MIN_VALUE),
                body -> body.isObject() ? ((ObjectNode) body).put("$where", "sleep(1000)") : body,
                body -> body.isObject() ? ((ObjectNode) body).put("municipality", "antwerpen").put("id", "demo-x") : body);
        if (members.isEmpty()) {
            return whole;
        }
        Arbitrary<JsonNode> junk = Arbitraries.of(
                NODES.nullNode(),
                NODES.objectNode().put("$gt", ""),
                NODES.objectNode().put("$regex", ".*"),
                NODES.arrayNode().add(NODES.objectNode().put("$ne", (String) null)),
                NODES.stringNode("x".repeat(OVERSIZED)),
                NODES.stringNode(""),
                NODES.stringNode("\u0000\uFFFF\uD83D\uDE00 <script>alert(1)</script>"),
                NODES.stringNode("99999-99-99"),
                NODES.stringNode("2026-02-30T25:61:00Z"),
                NODES.numberNode(-1),
                NODES.numberNode(Integer.MIN_VALUE),
                NODES.numberNode(new BigInteger("9".repeat(40))),
                NODES.numberNode(new BigDecimal("1e400")),
                NODES.numberNode(Double.MAX_VALUE),
                NODES.booleanNode(true),
                NODES.arrayNode(),
                arrayOf(5_000));
        Arbitrary<UnaryOperator<JsonNode>> member = Combinators.combine(Arbitraries.of(members), junk)
                .as((name, value) -> body -> body.isObject() ? ((ObjectNode) body).set(name, value) : body);
        Arbitrary<UnaryOperator<JsonNode>> dropped = Arbitraries.of(members)
                .map(name -> body -> {
                    if (body.isObject()) {
                        ((ObjectNode) body).remove(name);
                    }
                    return body;
                });
        return Arbitraries.frequencyOf(
                Tuple.of(6, member),
                Tuple.of(2, dropped),
                Tuple.of(2, whole));
    }

    private static JsonNode arrayOf(int size) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add("item-" + i);
        }
        return array;
    }
}
