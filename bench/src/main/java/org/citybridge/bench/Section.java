package org.citybridge.bench;

import java.util.ArrayList;
import java.util.List;

/** One benchmark's part of a run in results.md: its figures beside their goals, and notes on how they came about. */
final class Section {

    /**
     * A measured figure. {@code met} is empty when the figure has no goal of its own (a direct call's
     * throughput, the basis of a ratio).
     */
    record Figure(String name, String value, String goal, Boolean met) {
    }

    private final String benchmark;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();

    Section(String benchmark) {
        this.benchmark = benchmark;
    }

    Section figure(String name, String value) {
        figures.add(new Figure(name, value, "", null));
        return this;
    }

    Section figure(String name, String value, String goal, boolean met) {
        figures.add(new Figure(name, value, goal, met));
        return this;
    }

    Section note(String note) {
        notes.add(note);
        return this;
    }

    /** Text shown as it is (a command's output). */
    Section block(String text) {
        blocks.add(text.strip());
        return this;
    }

    /** Adds a load's outcome as a note: counts, rate, percentiles and failures. */
    Section note(Load.Outcome outcome) {
        return note(outcome.summary());
    }

    String markdown() {
        StringBuilder text = new StringBuilder("### ").append(benchmark).append("\n\n");
        if (!figures.isEmpty()) {
            text.append("| figure | measured | goal | |\n| --- | --- | --- | --- |\n");
            for (Figure figure : figures) {
                String verdict = figure.met() == null ? "" : figure.met() ? "met" : "**missed**";
                text.append("| ").append(figure.name()).append(" | ").append(figure.value()).append(" | ")
                        .append(figure.goal().isEmpty() ? "—" : figure.goal()).append(" | ").append(verdict)
                        .append(" |\n");
            }
            text.append('\n');
        }
        for (String note : notes) {
            text.append("- ").append(note).append('\n');
        }
        for (String block : blocks) {
            text.append("\n```\n").append(block).append("\n```\n");
        }
        return text.append('\n').toString();
    }

    static String millis(double value) {
        return String.format("%.2f ms", value);
    }

    static String count(double value) {
        return String.format("%,.0f", value);
    }
}
