package org.citybridge.knowledge.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citybridge.knowledge.action.CompletedAction;
import org.citybridge.knowledge.action.CompletedActionDrafts;
import org.citybridge.knowledge.action.IndicatorValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * When a city's action completes, its officers find a draft practice prefilled from it: title,
 * description, programme and goal, target groups, and the indicators' latest values as results. One
 * draft per action: the id derives from the action and a unique index holds the action id, so a
 * replayed completion (or two instances racing) finds it there and adds nothing. The draft has the
 * action's visibility, so a private action's draft stays private; being a draft, it is seen by no
 * other city until an officer publishes it.
 */
@Component
class DraftsFromActions implements CompletedActionDrafts {

    private static final Logger log = LoggerFactory.getLogger(DraftsFromActions.class);

    private final PracticeService practices;

    DraftsFromActions(PracticeService practices) {
        this.practices = practices;
    }

    @Override
    public void draftFrom(CompletedAction action) {
        if (practices.existsForSystem("from-action-" + action.actionId())) {
            return;
        }
        try {
            practices.saveDraftFromAction(Practice.draftFromAction(action.municipality(), action.actionId(),
                    content(action), action.visibility()));
        } catch (DuplicateKeyException alreadyDrafted) {
            log.debug("A draft from action {} exists already", action.actionId());
        }
    }

    static PracticeContent content(CompletedAction action) {
        String title = action.title() == null ? "Afgeronde actie " + action.actionId() : action.title();
        List<String> context = new ArrayList<>();
        if (action.programmeTitle() != null) {
            context.add("Programma: " + action.programmeTitle());
        }
        if (action.goalTitle() != null) {
            context.add("Doel: " + action.goalTitle());
        }
        StringBuilder results = new StringBuilder();
        for (IndicatorValue indicator : action.indicators()) {
            results.append(results.isEmpty() ? "" : "\n").append(indicator.name()).append(": ")
                    .append(indicator.value() == null ? "" : indicator.value().toPlainString())
                    .append(indicator.unit() == null ? "" : " " + indicator.unit())
                    .append(indicator.date() == null ? "" : " (" + indicator.date() + ")");
        }
        return new PracticeContent(title, action.description(), String.join("\n", context), null, null, null, null,
                action.targetGroups(), results.isEmpty() ? null : results.toString(), List.of(action.actionId()),
                List.of(), action.lineOfWork() == null ? List.of() : List.of(action.lineOfWork()),
                "muenster".equals(action.municipality()) ? Language.DE : Language.NL,
                Map.of(), null);
    }
}
