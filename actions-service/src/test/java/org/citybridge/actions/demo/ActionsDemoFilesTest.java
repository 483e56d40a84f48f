package org.citybridge.actions.demo;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.citybridge.actions.demo.ActionsDemoData.DemoAction;
import org.citybridge.actions.demo.ActionsDemoData.DemoIndicator;
import org.citybridge.actions.demo.ActionsDemoData.DemoProgramme;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.actions.programme.Goal;
import org.citybridge.platform.event.EventJson;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The demo files hold together and say what the seeds say: every reference resolves (programmes,
 * goals, organisations-service's demo organisations and pact lines), and Antwerp's spearhead actions
 * are slide 19's. The loader skips the partner check (see ActionsDemoData), so this test is that check.
 */
class ActionsDemoFilesTest {

    /** Read from the sibling module's sources: the demo organisations it loads are the ones the actions name. */
    private static final Path ORGANISATIONS_DEMO = Path.of("../organisations-service/src/main/resources/demo");

    static final String ANTWERP_DIVERSITY = "demo-programme-antwerpen-diversiteit-2011-2012";
    static final String ALMELO = "demo-programme-almelo-kleurrijk";

    /** Seed 002, slide 19, in order, with a capital first letter; item 6's second sentence is its description. */
    static final List<String> SPEARHEADS = List.of(
            "Weekendschool Antwerpen",
            "Ambassadeurs van A",
            "100 jongeren maken het",
            "50 talenten doen groeien",
            "Leiderschapstrajecten",
            "Opzetten van dialoog tussen jongeren via verschillende media",
            "Inburgeringscoaches",
            "Verwelkomen van nieuwe Antwerpenaars",
            "Feesten van diverse gemeenschappen - 'Wij vieren feest, jij bent welkom'",
            "Week van de diversiteit",
            "‘Reuzenjaar’ Borgerhout: feest van en voor alle Borgerhoutenaars",
            "Communicatie voor iedereen",
            "Evenementen voor iedereen",
            "Sociaal adviseurs",
            "De 8 vzw - Roma bemiddeling",
            "VOEM vzw - intrafamiliaal geweld",
            "Interculturele bemiddelaars bij OCMW",
            "Allochtone ouderen en ouderenzorgvoorzieningen",
            "Mamma’care");

    private static final Set<String> ACTION_FIELDS = Set.of("title", "description", "goal", "lineOfWork", "owner",
            "partners", "targetGroups", "period", "resources", "visibility", "milestones", "milestones.state",
            "milestones.completedOn");
    private static final Set<String> PROGRAMME_FIELDS = Set.of("title", "summary", "period", "goals",
            "successFactors", "weighting", "visibility", "milestones", "milestones.state", "milestones.completedOn");

    private final List<DemoProgramme> programmes = ActionsDemoData.readProgrammes();
    private final List<DemoAction> actions = ActionsDemoData.readActions();
    private final Map<String, DemoProgramme> programmesById = programmes.stream()
            .collect(toMap(DemoProgramme::id, Function.identity()));

    @Test
    void everyActionBelongsToADemoProgrammeOfItsCityAndServesOneOfItsGoalsWithinItsPeriod() {
        for (DemoAction action : actions) {
            DemoProgramme programme = programmesById.get(action.programmeId());
            assertThat(programme).as(action.id()).isNotNull();
            assertThat(action.municipality()).as(action.id()).isEqualTo(programme.municipality());
            assertThat(action.goal()).as(action.id() + "'s goal").isIn(
                    programme.goals().stream().map(Goal::number).toList());
            assertThat(action.period().start()).as(action.id()).isAfterOrEqualTo(programme.period().start());
            assertThat(action.period().end()).as(action.id()).isBeforeOrEqualTo(programme.period().end());
        }
    }

    @Test
    void everyIndicatorMeasuresADemoActionOfItsCityWithValuesTheDefinitionAccepts() {
        Map<String, DemoAction> actionsById = actions.stream().collect(toMap(DemoAction::id, Function.identity()));
        for (DemoIndicator indicator : ActionsDemoData.readIndicators()) {
            DemoAction action = actionsById.get(indicator.actionId());
            assertThat(action).as("action of %s", indicator.id()).isNotNull();
            assertThat(action.municipality()).as("city of %s", indicator.id()).isEqualTo(indicator.municipality());
            assertThat(action.programmeId()).as("programme of %s", indicator.id()).isEqualTo(indicator.programmeId());
            assertThatCode(indicator::definition).as("definition of %s", indicator.id()).doesNotThrowAnyException();
            assertThat(indicator.measurements()).as("measurements of %s", indicator.id()).isNotEmpty()
                    .allSatisfy(measurement -> assertThat(measurement.date()).isAfterOrEqualTo(indicator.baseline().date()));
            assertThat(indicator.fictitious()).as("what %s invents", indicator.id()).isNotEmpty();
            assertThat(indicator.source()).as("source of %s", indicator.id()).contains("seed");
        }
    }

    @Test
    void theSeedsFiguresAreThereAsMeasurements() {
        Map<String, List<Integer>> values = new HashMap<>();
        ActionsDemoData.readIndicators().forEach(indicator -> values.put(indicator.id(), indicator.measurements()
                .stream().map(measurement -> measurement.value().intValueExact()).toList()));

        assertThat(values.get("demo-indicator-antwerpen-homeparties")).as("360 a year, then 167 in 2012's first quarter")
                .containsExactly(360, 527);
        assertThat(values.get("demo-indicator-antwerpen-coaches")).containsExactly(26);
        assertThat(List.of("senioren", "armoedebestrijding", "handicap", "etnisch-cultureel").stream()
                .map(kind -> values.get("demo-indicator-antwerpen-subsidies-" + kind).get(0)).toList())
                .containsExactly(11, 37, 27, 160);
        assertThat(List.of("secretariaten", "bewonersgroepen", "verenigingen").stream()
                .map(kind -> values.get("demo-indicator-antwerpen-buurtsecretariaten-" + kind).get(0)).toList())
                .containsExactly(8, 30, 161);
    }

    @Test
    void everyOrganisationNamedIsADemoOrganisationOfTheActionsCity() {
        Map<String, String> cityOf = readTree("organisations.json").values().stream()
                .collect(toMap(node -> node.get("id").asString(), node -> node.get("municipality").asString()));
        int named = 0;
        for (DemoAction action : actions) {
            for (String organisation : action.details().organisations()) {
                assertThat(cityOf).as(action.id() + " names " + organisation)
                        .containsEntry(organisation, action.municipality());
                named++;
            }
        }
        assertThat(named).isGreaterThan(40);
    }

    @Test
    void linesOfWorkAreThoseOfTheCitysPactWithTheirTitles() {
        Map<String, Map<Integer, String>> linesByCity = new HashMap<>();
        for (JsonNode pact : readTree("pacts.json").values()) {
            Map<Integer, String> lines = linesByCity.computeIfAbsent(pact.get("municipality").asString(),
                    city -> new HashMap<>());
            pact.get("linesOfWork").values().forEach(line -> lines.put(line.get("number").asInt(),
                    line.get("title").asString()));
        }
        List<DemoAction> withLine = actions.stream().filter(action -> action.lineOfWork() != null).toList();
        assertThat(withLine).isNotEmpty();
        for (DemoAction action : withLine) {
            assertThat(linesByCity.getOrDefault(action.municipality(), Map.of())).as(action.id())
                    .containsEntry(action.lineOfWork().number(), action.lineOfWork().title());
        }
    }

    @Test
    void antwerpsDiversityPolicyHasTheThreeAmbitionsAndTheNineteenSpearheadActionsOfSlide19() {
        DemoProgramme diversity = programmesById.get(ANTWERP_DIVERSITY);
        assertThat(diversity.goals()).extracting(Goal::title).containsExactly(
                "We doen talenten van Antwerpse minderheden groeien.",
                "We versterken het wij-gevoel van Antwerpenaren.",
                "We helpen Antwerpse minderheden om grondrechten in hun gezin te garanderen.");
        List<DemoAction> spearheads = of(ANTWERP_DIVERSITY);
        assertThat(spearheads).extracting(DemoAction::title).containsExactlyElementsOf(SPEARHEADS);
        assertThat(spearheads).allSatisfy(action -> assertThat(action.source())
                .contains("slide 19, item").contains("headed '18 acties'").contains("numbers 19"));
    }

    @Test
    void antwerpsActionsHaveTheAmbitionsOwnersAndPartnersTheSeedGivesAndMarkTheRestFictitious() {
        Map<String, DemoAction> byTitle = of(ANTWERP_DIVERSITY).stream()
                .collect(toMap(DemoAction::title, Function.identity()));
        assertThat(byTitle.get("Weekendschool Antwerpen").goal()).isEqualTo(1);
        assertThat(byTitle.get("100 jongeren maken het").goal()).isEqualTo(1);
        assertThat(byTitle.get("100 jongeren maken het").partners()).containsExactly("demo-antwerpen-jac");
        assertThat(byTitle.get("100 jongeren maken het").targetGroups()).contains("jongeren van 2de en 3de graad");
        assertThat(byTitle.get("Sociaal adviseurs").goal()).isEqualTo(3);
        assertThat(byTitle.get("Sociaal adviseurs").targetGroups()).contains("kwetsbare groepen");
        assertThat(byTitle.get("De 8 vzw - Roma bemiddeling").owner().organisationId()).isEqualTo("demo-antwerpen-de8");
        assertThat(byTitle.get("VOEM vzw - intrafamiliaal geweld").owner().organisationId())
                .isEqualTo("demo-antwerpen-voem");
        Set<String> ambitionFromSeed = Set.of("Weekendschool Antwerpen", "100 jongeren maken het", "Sociaal adviseurs");
        Set<String> ownerFromSeed = Set.of("De 8 vzw - Roma bemiddeling", "VOEM vzw - intrafamiliaal geweld");
        byTitle.forEach((title, action) -> {
            assertThat(action.fictitious().contains("goal")).as(title).isNotEqualTo(ambitionFromSeed.contains(title));
            assertThat(action.fictitious().contains("owner")).as(title).isNotEqualTo(ownerFromSeed.contains(title));
        });
    }

    @Test
    void almeloHasItsFourMainGoalsSuccessFactorsAndPlanningOfSeed000() {
        DemoProgramme almelo = programmesById.get(ALMELO);
        assertThat(almelo.goals()).extracting(Goal::title).containsExactly("Gedeelde visie op integratie",
                "Netwerkvorming", "Wetenschappelijke onderbouwing", "Kennisoverdracht tussen gemeenten");
        assertThat(almelo.successFactors()).hasSize(6).contains("Budget en fte", "Monitoring via reguliere PC-cyclus");
        assertThat(almelo.milestones()).extracting(ActionsDemoData.DemoMilestone::due).map(Object::toString)
                .containsExactly("2010-08-31", "2011-05-31", "2011-12-31");
        assertThat(of(ALMELO)).extracting(DemoAction::goal).contains(1, 2, 3, 4);
    }

    @Test
    void everyEntryHasAFixedIdASourceAndNamesOnlyItsOwnFieldsFictitious() {
        Set<String> ids = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        readTree("organisations.json").values().forEach(node -> organisations.add(node.get("id").asString()));
        for (DemoProgramme programme : programmes) {
            assertThat(ids.add(programme.id())).as("unique " + programme.id()).isTrue();
            assertThat(programme.id()).startsWith("demo-programme-").isNotIn(organisations);
            assertThat(programme.source()).isNotBlank();
            assertThat(programme.visibility()).isNotNull();
            assertThat(PROGRAMME_FIELDS).containsAll(programme.fictitious());
            assertThatCode(programme::content).as(programme.id()).doesNotThrowAnyException();
        }
        for (DemoAction action : actions) {
            assertThat(ids.add(action.id())).as("unique " + action.id()).isTrue();
            assertThat(action.id()).startsWith("demo-action-" + action.municipality() + "-");
            assertThat(action.source()).as(action.id()).isNotBlank();
            assertThat(action.visibility()).as(action.id()).isNotNull();
            assertThat(ACTION_FIELDS).as(action.id()).containsAll(action.fictitious());
            assertThatCode(action::details).as(action.id()).doesNotThrowAnyException();
        }
    }

    /** The seeds give no budget, FTE or milestone state for any action: wherever there is one, it is invented. */
    @Test
    void inventedBudgetsAndMilestonesAreMarkedFictitious() {
        for (DemoAction action : actions) {
            if (action.resources() != null) {
                assertThat(action.fictitious()).as(action.id()).contains("resources");
            }
            if (!action.milestones().isEmpty()) {
                assertThat(action.fictitious()).as(action.id()).contains("milestones");
            }
            action.milestones().forEach(milestone -> assertThat(milestone.completedOn() != null)
                    .as(action.id() + ": " + milestone.title())
                    .isEqualTo(milestone.state() == MilestoneState.COMPLETED));
        }
    }

    private List<DemoAction> of(String programmeId) {
        return actions.stream().filter(action -> action.programmeId().equals(programmeId)).toList();
    }

    private static JsonNode readTree(String name) {
        return EventJson.mapper().readTree(ORGANISATIONS_DEMO.resolve(name).toFile());
    }
}
