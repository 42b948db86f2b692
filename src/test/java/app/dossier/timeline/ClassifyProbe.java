package app.dossier.timeline;

import app.dossier.classify.Classifier;
import org.junit.jupiter.api.Test;

class ClassifyProbe {
    @Test
    void print() {
        Classifier c = new Classifier();
        for (String s : System.getProperty("texts", "").split("\\|")) {
            System.out.println(s + " => " + c.classify("auto", "", s).evidence());
        }
    }
}
