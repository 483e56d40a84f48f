package org.citybridge.bench;

/** The harness is a command-line program: what it says goes to the terminal, one line at a time. */
final class Console {

    private Console() {
    }

    static synchronized void say(String line) {
        System.out.println(line);
    }

    static synchronized void complain(String line) {
        System.err.println(line);
    }
}
