package dev.palimpsest.cli;

/** Whether to colour output: only on a real terminal, and never when NO_COLOR is set. */
final class Terminal {

    enum Colour { AUTO, ALWAYS, NEVER }

    private Terminal() {
    }

    static boolean useColour(Colour choice) {
        return switch (choice) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null;
        };
    }
}
