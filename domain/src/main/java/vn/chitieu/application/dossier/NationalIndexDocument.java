package vn.chitieu.application.dossier;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.dossier.profile.CriterionScore;
import vn.chitieu.dossier.profile.GroupScore;
import vn.chitieu.dossier.profile.NationalProfile;
import vn.chitieu.dossier.profile.UnitIndex;
import vn.chitieu.unit.UnitTree;

/**
 * The document of 766 points that both adapters render as JSON, {@code indicators --profile ID} and
 * {@code GET /api/v1/indicators?profile=ID} alike: the profile (id, title, maximum, computable maximum), the
 * period and dossier counts, and per unit its points over its computable maximum, its share (points /
 * computable × 100) and the band of that share, its groups and every criterion with value (percent),
 * full-point value, maximum, points and status (SCORED, NO_DOSSIERS, NOT_COMPUTED: points null, never 0).
 * Numbers are exact (34 significant digits at most), not rounded.
 */
public record NationalIndexDocument(Profile profile, String period, IndicatorsDocument.Dossiers dossiers,
        List<Unit> units) {

    public record Profile(String id, String title, BigDecimal maxPoints, BigDecimal computableMax) {
    }

    public record Band(String vi, String en) {
    }

    public record Group(String group, String name, BigDecimal maxPoints, BigDecimal computableMax, BigDecimal points) {
    }

    public record Criterion(String criterion, String group, String name, String indicator, Long numerator,
            Long denominator, BigDecimal value, BigDecimal fullAt, BigDecimal maxPoints, BigDecimal points, String status,
            boolean assumed, String note) {
    }

    public record Unit(String unit, String name, BigDecimal points, BigDecimal computableMax, BigDecimal maxPoints,
            BigDecimal share, Band band, List<Group> groups, List<Criterion> criteria) {
    }

    public static NationalIndexDocument of(NationalIndexScores s, UnitTree tree, String lang) {
        NationalProfile p = s.profile();
        return new NationalIndexDocument(new Profile(p.id(), p.title(lang), p.maxPoints(), p.computableMax()),
                s.computed().period().toString(), new IndicatorsDocument.Dossiers(s.computed().read(),
                        s.computed().counted(), s.computed().excluded()),
                s.units().stream().map(u -> unit(u, tree, lang)).toList());
    }

    private static Unit unit(UnitIndex u, UnitTree tree, String lang) {
        String name = tree.find(u.unit()).map(x -> x.name()).orElse(u.unit().value());
        return new Unit(u.unit().value(), name, u.points(), u.computableMax(), u.maxPoints(), u.share(),
                u.band() == null ? null : new Band(u.band().labelVi(), u.band().labelEn()),
                u.groups().stream().map(g -> group(g, lang)).toList(),
                u.criteria().stream().map(c -> criterion(c, lang)).toList());
    }

    private static Group group(GroupScore g, String lang) {
        return new Group(g.group().code(), g.group().name(lang), g.group().maxPoints(), g.computableMax(), g.points());
    }

    private static Criterion criterion(CriterionScore c, String lang) {
        var k = c.criterion();
        return new Criterion(k.id(), k.group(), k.name(lang), k.indicator() == null ? null : k.indicator().value(),
                c.numerator(), c.denominator(), c.value(), k.fullAt(), k.maxPoints(), c.points(), c.status().name(),
                k.assumed(), k.note(lang));
    }
}
