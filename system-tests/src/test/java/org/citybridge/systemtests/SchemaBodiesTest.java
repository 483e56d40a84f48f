package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaBodiesTest {

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"type": "object", "required": ["title", "language"], "properties": {
              "title": {"type": "string", "minLength": 1, "maxLength": 30},
              "language": {"type": "string", "pattern": "nl|de|en|fr"},
              "visibility": {"type": "string", "enum": ["PRIVATE", "NETWORK", "PUBLIC"]},
              "capacity": {"type": "integer", "minimum": 1, "maximum": 500},
              "startsOn": {"type": "string", "format": "date"},
              "themes": {"type": "array", "maxItems": 3, "items": {"type": "string", "maxLength": 10}}}}
            """);

    private final SchemaBodies generator = new SchemaBodies(new Random(4711));

    @Test
    void validishBodiesKeepTheDeclaredTypesBoundsAndEnums() {
        List<JsonNode> bodies = Stream.generate(() -> generator.validish(SCHEMA)).limit(200).toList();

        assertThat(bodies).allSatisfy(body -> {
            assertThat(body.path("title").asString()).hasSizeBetween(1, 30);
            assertThat(body.path("language").asString()).isIn("nl", "de", "en", "fr");
            if (body.has("visibility")) {
                assertThat(body.path("visibility").asString()).isIn("PRIVATE", "NETWORK", "PUBLIC");
            }
            if (body.has("capacity")) {
                assertThat(body.path("capacity").asLong()).isBetween(1L, 500L);
            }
            if (body.has("startsOn")) {
                assertThat(body.path("startsOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
            if (body.has("themes")) {
                assertThat(body.path("themes").size()).isLessThanOrEqualTo(3);
            }
        });
        assertThat(bodies).as("optional members are sometimes left out").anyMatch(body -> !body.has("capacity"));
    }

    @Test
    void mutatedBodiesBreakTheSchemaInManyWays() {
        List<JsonNode> bodies = Stream.generate(() -> generator.mutated(SCHEMA)).limit(300).toList();

        assertThat(bodies).anyMatch(body -> body.isObject() && !body.has("title"));
        assertThat(bodies).anyMatch(body -> body.isObject() && body.properties().stream()
                .anyMatch(member -> member.getValue().asString("").length() > 500));
        assertThat(bodies).anyMatch(body -> body.isObject() && body.properties().stream()
                .anyMatch(member -> member.getValue().has("$gt") || member.getValue().has("$regex")));
        assertThat(bodies).anyMatch(body -> !body.isObject());
    }

    @Test
    void theSameSeedGivesTheSameBodies() {
        SchemaBodies again = new SchemaBodies(new Random(4711));

        assertThat(Stream.generate(() -> again.mutated(SCHEMA)).limit(20).toList())
                .isEqualTo(Stream.generate(() -> generator.mutated(SCHEMA)).limit(20).toList());
    }
}
