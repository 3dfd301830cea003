package vn.chitieu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import vn.chitieu.application.approval.ApprovePeriod;
import vn.chitieu.application.approval.ReopenPeriod;
import vn.chitieu.application.dossier.DossierImports;
import vn.chitieu.application.history.ReadTrend;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.application.lineage.ImportLineage;
import vn.chitieu.application.minimum.ImportMinimums;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.cli.demo.CascadeStep;
import vn.chitieu.cli.demo.DemoStep;
import vn.chitieu.cli.demo.DraftDecisionStep;
import vn.chitieu.cli.demo.ResolveNamesStep;
import vn.chitieu.cli.demo.ScoreQuarterStep;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.persistence.PersistenceModule;
import vn.chitieu.port.out.Storage;

/** The CLI's composition: JSON, the storage of the running command, and the use cases the commands call. */
public final class CliModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<DemoStep> demo = Multibinder.newSetBinder(binder(), DemoStep.class);
        demo.addBinding().to(ResolveNamesStep.class);
        demo.addBinding().to(DraftDecisionStep.class);
        demo.addBinding().to(vn.chitieu.cli.demo.BothIndicatorsStep.class);
        demo.addBinding().to(vn.chitieu.cli.demo.DakHaDecisionStep.class);
        demo.addBinding().to(vn.chitieu.cli.demo.LineageStep.class);
        demo.addBinding().to(vn.chitieu.cli.demo.DossiersStep.class);
        demo.addBinding().to(CascadeStep.class);
        demo.addBinding().to(ScoreQuarterStep.class);
        bind(IndicatorCatalogue.class).toInstance(IndicatorCatalogue.builtIn());
        install(PersistenceModule.forCommand());
        PersistenceModule.byConstructor(binder(), ImportService.class, DossierImports.class, ImportMinimums.class,
                ImportLineage.class, ApprovePeriod.class, ReopenPeriod.class, ReadTrend.class);
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return vn.chitieu.cli.output.JsonMapper.mapper();
    }

    /** The demo drafts in a fresh in-memory storage, through the same use cases as the commands. */
    @Provides
    vn.chitieu.cli.demo.DemoStorage demoStorage() {
        return vn.chitieu.persistence.memory.InMemoryStorage::new;
    }

    @Provides
    ScorePeriod scorePeriod(Storage storage, IndicatorCatalogue catalogue) {
        return new ScorePeriod(storage.units(), storage.decisions(), storage.results(), catalogue, storage.approvals());
    }
}
