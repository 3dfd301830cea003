package vn.chitieu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chitieu.decision.Decision;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** Who edits which decision: only one issued within the caller's subtree, for units in both subtrees. */
class CallerTest {

    private static final UnitTree TREE = UnitTree.of(DakLakUnits.of2022());
    private static final Caller KRONG_ANA = new Caller("tok_a", Role.EDITOR, UnitCode.of("krong-ana"));
    private static final Caller BUON_HO = new Caller("tok_b", Role.EDITOR, UnitCode.of("buon-ho"));
    private static final Caller ADMIN = new Caller("tok_admin", Role.ADMIN, null);

    private static Decision of(String issuer) {
        return Decision.draft(UnitCode.of(issuer), 2022, "Giao chỉ tiêu 2022");
    }

    @Test
    void anEditorEditsTheDecisionsOfItsSubtreeOnly() {
        assertThatCode(() -> BUON_HO.requireAssign(TREE, of("buon-ho"), UnitCode.of("buon-ho"))).doesNotThrowAnyException();
        assertThatCode(() -> BUON_HO.requireEdit(TREE, of("buon-ho"))).doesNotThrowAnyException();

        assertThatThrownBy(() -> KRONG_ANA.requireAssign(TREE, of("buon-ho"), UnitCode.of("krong-ana")))
                .isInstanceOf(AccessDeniedException.class).message().doesNotContain("buon-ho");
        assertThatThrownBy(() -> KRONG_ANA.requireEdit(TREE, of("buon-ho"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> KRONG_ANA.requireEdit(TREE, of("daklak"))).isInstanceOf(AccessDeniedException.class)
                .message().doesNotContain("daklak");
    }

    @Test
    void aTargetIsForAUnitInTheCallersSubtreeAndTheIssuers() {
        assertThatThrownBy(() -> ADMIN.requireAssign(TREE, of("buon-ho"), UnitCode.of("krong-ana")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("krong-ana");
        assertThatThrownBy(() -> BUON_HO.requireAssign(TREE, of("buon-ho"), UnitCode.of("krong-ana")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> ADMIN.requireAssign(TREE, of("daklak"), UnitCode.of("krong-ana"))).doesNotThrowAnyException();
    }

    @Test
    void aViewerEditsNothing() {
        Caller viewer = new Caller("tok_v", Role.VIEWER, UnitCode.of("buon-ho"));

        assertThatThrownBy(viewer::requireWriter).isInstanceOf(AccessDeniedException.class).hasMessageContaining("VIEWER");
        assertThatThrownBy(() -> viewer.requireEdit(TREE, of("buon-ho"))).isInstanceOf(AccessDeniedException.class);
        assertThat(viewer.maySee(TREE, UnitCode.of("buon-ho"))).isTrue();
    }
}
