package app.dossier.timeline;

import org.junit.jupiter.api.Test;

class SimProbe {
    @Test
    void print() {
        String[] s = System.getProperty("texts", "").split("\\|");
        for (int i = 1; i < s.length; i++) {
            System.out.printf("%.3f  %s%n", CaseLearning.similarity(s[0], s[i], java.util.List.of(s)), s[i]);
        }
    }
}
