package org.citybridge.knowledge;

/** Request bodies of practices for tests. */
public final class PracticeJson {

    private PracticeJson() {
    }

    public static String practice(String title, String visibility) {
        return "{\"title\":\"" + title + "\",\"visibility\":\"" + visibility + "\"}";
    }

    /** A Dutch practice with a summary, an approach, themes and target groups. */
    public static String practice(String title, String summary, String language, String visibility, String themes,
            String targetGroups) {
        return "{\"title\":\"" + title + "\",\"summary\":\"" + summary + "\",\"approach\":\"" + summary
                + "\",\"language\":\"" + language + "\",\"visibility\":\"" + visibility + "\",\"themes\":[" + themes
                + "],\"targetGroups\":[" + targetGroups + "],\"linesOfWork\":[1]}";
    }
}
