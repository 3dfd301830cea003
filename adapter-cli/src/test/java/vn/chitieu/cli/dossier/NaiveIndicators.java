package vn.chitieu.cli.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An independent, obviously-correct reading of domain.md §9, written apart from the production
 * code: for every unit, a loop over every dossier of its subtree applying the rules literally. Slow
 * on purpose (units × dossiers); for tests only.
 */
public final class NaiveIndicators {

    /** A procedure as the oracle needs it. */
    public record Proc(String code, String level, boolean onlinePayment) {
    }

    /** numerator and denominator (null for a count). */
    public record Figure(long numerator, Long denominator) {
    }

    private NaiveIndicators() {
    }

    /**
     * Indicator → figure, for each unit (in {@code units}' order) with a non-excluded dossier in its
     * subtree. {@code parentOf} gives a unit's parent code (null at the root); {@code unitOf} the code of a
     * dossier's unit (the dossiers may name it by name).
     */
    public static Map<String, Map<String, Figure>> compute(List<String> units, Function<String, String> parentOf,
            List<GeneratedDossier> dossiers, Function<GeneratedDossier, String> unitOf, Map<String, Proc> procedures,
            LocalDate first, LocalDate last) {
        LocalDateTime start = first.atStartOfDay();
        LocalDateTime end = last.atTime(23, 59, 59);
        Map<String, Map<String, Figure>> out = new LinkedHashMap<>();
        for (String unit : units) {
            List<GeneratedDossier> mine = new ArrayList<>();
            for (GeneratedDossier d : dossiers) {
                if (d.status() == 1 || d.status() == 3 || d.status() == 7) {
                    continue;
                }
                if (within(unitOf.apply(d), unit, parentOf)) {
                    mine.add(d);
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            long received = 0;
            long finished = 0;
            long onTime = 0;
            long pending = 0;
            long overdue = 0;
            long onlineDen = 0;
            long onlineNum = 0;
            long fullDen = 0;
            long fullNum = 0;
            long digital = 0;
            long payDen = 0;
            long payNum = 0;
            Set<String> payProcs = new HashSet<>();
            Set<String> payProcsPaid = new HashSet<>();
            Set<String> uptake = new HashSet<>();
            Set<String> uptakeOnline = new HashSet<>();
            for (GeneratedDossier d : mine) {
                Proc p = procedures.get(d.procedure());
                boolean online = p.level().equals("FULL") || p.level().equals("PARTIAL");
                boolean inReceived = !d.received().isBefore(start) && !d.received().isAfter(end);
                boolean inFinished = d.finished() != null && !d.finished().isBefore(start) && !d.finished().isAfter(end);
                boolean isPending = !d.received().isAfter(end) && (d.finished() == null || d.finished().isAfter(end));
                if (inReceived) {
                    received++;
                    if (online) {
                        onlineDen++;
                        uptake.add(p.code());
                        if (d.channel() == 2) {
                            onlineNum++;
                            uptakeOnline.add(p.code());
                        }
                    }
                }
                if (inFinished) {
                    finished++;
                    if (d.due() == null || !d.finished().isAfter(d.due())) {
                        onTime++;
                    }
                    if (p.level().equals("FULL")) {
                        fullDen++;
                        if (d.channel() == 2) {
                            fullNum++;
                        }
                    }
                    if (d.digitized() && d.eResult()) {
                        digital++;
                    }
                    if (d.fee() > 0 && p.onlinePayment()) {
                        payDen++;
                        payProcs.add(p.code());
                        if (d.paidOnline() == 1 || d.paidOnline() == 2) {
                            payNum++;
                            payProcsPaid.add(p.code());
                        }
                    }
                }
                if (isPending) {
                    pending++;
                    if (d.due() != null && d.due().isBefore(end)) {
                        overdue++;
                    }
                }
            }
            Map<String, Figure> f = new LinkedHashMap<>();
            f.put("RECEIVED", new Figure(received, null));
            f.put("RESOLVED", new Figure(finished, null));
            f.put("ON_TIME_RATE", new Figure(onTime, finished + overdue));
            f.put("PROGRESS_RATE", new Figure(onTime + (pending - overdue), finished + pending));
            f.put("ONLINE_RATE", new Figure(onlineNum, onlineDen));
            f.put("FULL_ONLINE_RATE", new Figure(fullNum, fullDen));
            f.put("DIGITIZATION_RATE", new Figure(digital, finished));
            f.put("ONLINE_PAYMENT_DOSSIERS", new Figure(payNum, payDen));
            f.put("ONLINE_PAYMENT_PROCEDURES", new Figure(payProcsPaid.size(), (long) payProcs.size()));
            f.put("ONLINE_SERVICE_UPTAKE", new Figure(uptakeOnline.size(), (long) uptake.size()));
            out.put(unit, f);
        }
        return out;
    }

    private static boolean within(String unit, String ancestor, Function<String, String> parentOf) {
        for (String u = unit; u != null; u = parentOf.apply(u)) {
            if (u.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
