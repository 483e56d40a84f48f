package org.citybridge.knowledge.action;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A programme's title and goals, from {@code programme.created.v1}: a draft's context. */
@Document("programme_contexts")
public class ProgrammeContext implements TenantOwned {

    @Id
    private String id;
    private String municipality;
    private Visibility visibility;
    private String title;
    private Map<String, String> goals = new LinkedHashMap<>();

    protected ProgrammeContext() {
    }

    ProgrammeContext(String id, String municipality, Visibility visibility, String title, Map<String, String> goals) {
        this.id = id;
        this.municipality = municipality;
        this.visibility = visibility;
        this.title = title;
        this.goals = new LinkedHashMap<>(goals);
    }

    @Override
    public String municipality() {
        return municipality;
    }

    @Override
    public Visibility visibility() {
        return visibility;
    }

    public String title() {
        return title;
    }

    public String goal(Integer number) {
        return number == null ? null : goals.get(String.valueOf(number));
    }
}
