package org.citybridge.systemtests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies generated from a resolved OpenAPI schema (which springdoc derives from the request
 * records and their bean-validation bounds), from one seeded {@link Random} so that a run can be
 * repeated body for body: {@link #validish(JsonNode)} stays inside the declared types, bounds, enums
 * and formats as far as a schema says them; {@link #mutated(JsonNode)} takes such a body and breaks it
 * in one place the way a careless or hostile client would.
 */
final class SchemaBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    /** Long enough to pass any declared bound by far, short enough to stay under a 1 MiB body limit. */
    static final int OVERSIZED = 100_000;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "     .,-'éëüößçğşı€ابتЖжЯяЩщ";
    private static final String SLUG = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> LANGUAGES = List.of("nl", "de", "en", "fr");

    private final Random random;

    SchemaBodies(Random random) {
        this.random = random;
    }

    JsonNode validish(JsonNode schema) {
        return validish(schema, 0);
    }

    JsonNode mutated(JsonNode schema) {
        JsonNode body = validish(schema);
        List<String> members = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(members::add);
        int kind = random.nextInt(10);
        if (members.isEmpty() || !body.isObject() || kind >= 8) {
            return wholeBodyBroken(body);
        }
        ObjectNode object = (ObjectNode) body;
        String member = members.get(random.nextInt(members.size()));
        if (kind >= 6) {
            object.remove(member);
        } else {
            object.set(member, junk());
        }
        return object;
    }

    private JsonNode validish(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return pick(schema.path("enum"));
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.path(alternatives).isArray() && !schema.path(alternatives).isEmpty()) {
                return validish(pick(schema.path(alternatives)), depth + 1);
            }
        }
        return switch (type(schema)) {
            case "integer" -> integer(schema);
            case "number" -> NODES.numberNode(between(schema.path("minimum").asDouble(-1_000_000),
                    schema.path("maximum").asDouble(1_000_000)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(schema, depth);
            case "object" -> object(schema, depth);
            default -> NODES.stringNode(string(schema));
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

    private JsonNode integer(JsonNode schema) {
        long minimum = schema.path("minimum").asLong(-1_000);
        long maximum = Math.max(minimum, schema.path("maximum").asLong(Math.max(minimum, 0) + 10_000));
        // Now and then a bound itself, where off-by-one mistakes live.
        int edge = random.nextInt(6);
        long value = edge == 0 ? minimum : edge == 1 ? maximum : minimum + (long) (random.nextDouble() * (maximum - minimum));
        return NODES.numberNode(value);
    }

    private String string(JsonNode schema) {
        String pattern = schema.path("pattern").asString("");
        int maxLength = schema.path("maxLength").asInt(60);
        int minLength = Math.min(schema.path("minLength").asInt(0), maxLength);
        LocalDate day = LocalDate.of(2026, 6, 1).plusDays(random.nextInt(1_200) - 400);
        return switch (schema.path("format").asString("")) {
            case "date" -> day.toString();
            case "date-time" -> OffsetDateTime.of(day.atTime(9 + random.nextInt(10), 0), ZoneOffset.UTC).toString();
            case "email" -> text(SLUG, 1, 12) + "@example.org";
            case "uri", "url" -> "https://example.org/" + text(SLUG, 1, 12);
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            default -> pattern.isEmpty() ? text(LETTERS, Math.max(minLength, 1), Math.max(Math.min(maxLength, 80), 1))
                    : matching(pattern);
        };
    }

    /**
     * A value for a declared pattern, without a regular-expression generator: an alternation of words
     * ({@code nl|de|en|fr}) gives one of them, anything else a lower-case slug, a web address or a
     * phone number, which is what the patterns in these services describe.
     */
    private String matching(String pattern) {
        String bare = pattern.replace("(?i)", "");
        if (bare.matches("[A-Za-z0-9_ -]+(\\|[A-Za-z0-9_ -]+)+")) {
            String[] words = bare.split("\\|");
            return words[random.nextInt(words.length)];
        }
        if (bare.contains("https?")) {
            return "https://example.org/" + text(SLUG, 1, 10);
        }
        if (bare.startsWith("\\+?[0-9]")) {
            return "+31 " + (100_000 + random.nextInt(900_000_000));
        }
        if (bare.equals("[0-9]{1,2}")) {
            return String.valueOf(1 + random.nextInt(99));
        }
        if (bare.equals("[a-z]{2}")) {
            return LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        }
        return "a" + text(SLUG, 2, 20);
    }

    private JsonNode array(JsonNode schema, int depth) {
        int maxItems = Math.min(schema.path("maxItems").asInt(4), 4);
        int minItems = Math.min(schema.path("minItems").asInt(0), maxItems);
        int size = minItems + random.nextInt(maxItems - minItems + 1);
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            JsonNode item = validish(schema.path("items"), depth + 1);
            if (!schema.path("uniqueItems").asBoolean(false) || !array.valueStream().anyMatch(item::equals)) {
                array.add(item);
            }
        }
        return array;
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (!schema.has("properties")) {
            // A map, such as a title per language: a few language keys.
            int size = 1 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                object.set(LANGUAGES.get(random.nextInt(LANGUAGES.size())),
                        validish(schema.path("additionalProperties"), depth + 1));
            }
            return object;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            // An optional member is left out now and then, as clients do.
            if (required.contains(property.getKey()) || random.nextInt(5) > 0) {
                object.set(property.getKey(), validish(property.getValue(), depth + 1));
            }
        }
        return object;
    }

    private JsonNode junk() {
        return switch (random.nextInt(17)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.objectNode().put("$gt", "");
            case 2 -> NODES.objectNode().put("$regex", ".*");
            case 3 -> NODES.arrayNode().add(NODES.objectNode().putNull("$ne"));
            case 4 -> NODES.stringNode("x".repeat(OVERSIZED));
            case 5 -> NODES.stringNode("");
            case 6 -> NODES.stringNode("\u0000\uFFFF\uD83D\uDE00 <script>alert(1)</script>");
            case 7 -> NODES.stringNode("99999-99-99");
            case 8 -> NODES.stringNode("2026-02-30T25:61:00Z");
            case 9 -> NODES.numberNode(-1);
            case 10 -> NODES.numberNode(Integer.MIN_VALUE);
            case 11 -> NODES.numberNode(new BigInteger("9".repeat(40)));
            case 12 -> NODES.numberNode(new BigDecimal("1e400"));
            case 13 -> NODES.numberNode(Double.MAX_VALUE);
            case 14 -> NODES.booleanNode(true);
            case 15 -> NODES.arrayNode();
            default -> manyItems();
        };
    }

    private JsonNode wholeBodyBroken(JsonNode body) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.arrayNode().add(body);
            case 1 -> NODES.stringNode(body.toString());
            case 2 -> NODES.nullNode();
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> body.isObject() ? ((ObjectNode) body).put("$where", "sleep(1000)") : body;
            default -> body.isObject() ? ((ObjectNode) body).put("municipality", "antwerpen").put("id", "demo-x") : body;
        };
    }

    private static JsonNode manyItems() {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 5_000; i++) {
            array.add("item-" + i);
        }
        return array;
    }

    private JsonNode pick(JsonNode choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private double between(double minimum, double maximum) {
        return maximum <= minimum ? minimum : minimum + random.nextDouble() * (maximum - minimum);
    }

    private String text(String alphabet, int minLength, int maxLength) {
        int length = minLength + random.nextInt(Math.max(maxLength - minLength, 0) + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
