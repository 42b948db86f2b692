package app.dossier.brief;

import app.dossier.model.ChangeProof;
import app.dossier.model.Fact;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What fits the one-page summary: the chains of proof in order, each with its gaps first and its
 * other findings while there is room, until the page is full. The page is measured in lines of
 * body text (9 pt), with a margin for the wrapping this estimate cannot see; what does not fit
 * is counted and named as being in the app's chain of proof. (The timeline does not print the
 * paper trail in a change's row: a long one made one row run over pages, 1,200 more in a large case.)
 */
record SummaryPlan(List<Shown> shown, int hiddenChanges) {
    /** Lines of body text on the page that holds the summary, with room to spare (SummaryPageTest checks it). */
    static double page(Paper paper) {
        return paper == Paper.LETTER ? 52 : 57;
    }
    /** Characters of a finding per line in the summary's width. */
    private static final double LINE = 95;

    SummaryPlan {
        shown = List.copyOf(shown);
    }

    /** One change as the summary prints it: its chain and the findings that fit, and how many did not. */
    record Shown(ChangeProof proof, List<TimelineEvent> chain, List<Fact> findings, int hiddenFindings) {
        Shown {
            chain = List.copyOf(chain);
            findings = List.copyOf(findings);
        }
    }

    static SummaryPlan of(BriefingData d, Texts t, Paper paper) {
        double page = page(paper);
        List<ChangeProof> proofs = d.timeline().chainOfProof();
        double used = 3 /* heading */ + 4 /* the sentence on unreviewed events */ + 2 /* "and N more changes" */;
        List<Shown> shown = new ArrayList<>();
        for (ChangeProof proof : proofs) {
            List<TimelineEvent> chain = SummarySection.chain(d.timeline().events(), proof.change());
            double table = 3 /* change heading */ + 1.5 /* table head */;
            for (var step : SummarySection.STEPS) {
                long n = chain.stream().filter(e -> e.kind() == step).count();
                table += 0.5 + Math.max(1, n);
            }
            if (used + table > page && !shown.isEmpty()) {
                break;
            }
            used += table;
            List<Fact> ordered = new ArrayList<>(proof.findings().stream().filter(Fact::isGap).toList());
            ordered.addAll(proof.findings().stream().filter(f -> !f.isGap()).toList());
            List<Fact> fits = new ArrayList<>();
            for (Fact f : ordered) {
                double lines = 0.3 + Math.ceil((t.fact(f).length() + 6) / LINE);
                if (used + lines + 1.3 > page) {
                    break;
                }
                used += lines;
                fits.add(f);
            }
            int hidden = ordered.size() - fits.size();
            if (hidden > 0) {
                used += 1.3;
            }
            // printed in the order the check found them, gaps marked
            List<Fact> inOrder = proof.findings().stream().filter(fits::contains).toList();
            shown.add(new Shown(proof, chain, inOrder, hidden));
            if (hidden > 0) {
                break; // the page is full
            }
        }
        return new SummaryPlan(shown, proofs.size() - shown.size());
    }
}
