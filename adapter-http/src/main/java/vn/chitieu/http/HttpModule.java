package vn.chitieu.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.mapstruct.factory.Mappers;
import vn.chitieu.application.access.ManageTokens;
import vn.chitieu.application.dossier.DossierImports;
import vn.chitieu.application.dossier.ReadIndicators;
import vn.chitieu.application.imports.ImportResultsUseCase;
import vn.chitieu.application.minimum.ImportMinimums;
import vn.chitieu.application.minimum.ReadMinimums;
import vn.chitieu.application.unit.ListUnits;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.application.imports.ImportUnitsUseCase;
import vn.chitieu.application.allocation.CascadeTargets;
import vn.chitieu.application.decision.AmendDecision;
import vn.chitieu.application.decision.DecisionTasks;
import vn.chitieu.application.decision.DraftDecision;
import vn.chitieu.application.decision.ListDecisions;
import vn.chitieu.application.decision.SetTargets;
import vn.chitieu.application.decision.WithdrawDecision;
import vn.chitieu.application.history.ReadUnitHistory;
import vn.chitieu.application.decision.IssueDecision;
import vn.chitieu.application.decision.ReadDecision;
import vn.chitieu.application.approval.ApprovePeriod;
import vn.chitieu.application.approval.ListApprovals;
import vn.chitieu.application.approval.ReopenPeriod;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.lineage.ImportLineage;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.persistence.PersistenceModule;
import vn.chitieu.port.out.Approvals;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.Units;

/**
 * The HTTP adapter's wiring: the JSON mapper (strict: unknown properties are refused, numbers
 * read as BigDecimal within {@link BoundedNumbers}), the route groups, the mappers. Storage comes from another module.
 */
public final class HttpModule extends AbstractModule {

    private final ServerSettings settings;

    public HttpModule(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(ServerSettings.class).toInstance(settings);
        Multibinder<RouteGroup> routes = Multibinder.newSetBinder(binder(), RouteGroup.class);
        for (Class<? extends RouteGroup> group : List.of(HealthRoutes.class, DocsRoutes.class, TokenRoutes.class,
                UnitRoutes.class, DecisionRoutes.class, AuditRoutes.class, ResultRoutes.class, CascadeRoutes.class,
                CatalogueRoutes.class, UnitHistoryRoutes.class, ApprovalRoutes.class, MinimumRoutes.class,
                LineageRoutes.class, DossierRoutes.class)) {
            routes.addBinding().to(group);
        }
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(SecureRandom.class).toInstance(new SecureRandom());
        bind(IndicatorCatalogue.class).toInstance(IndicatorCatalogue.builtIn());
        bind(DomainMapper.class).toInstance(Mappers.getMapper(DomainMapper.class));
        bind(ScoreboardMapper.class).toInstance(Mappers.getMapper(ScoreboardMapper.class));
        bind(CascadeMapper.class).toInstance(Mappers.getMapper(CascadeMapper.class));
        bind(TokenMapper.class).toInstance(Mappers.getMapper(TokenMapper.class));
        bind(ImportUnitsUseCase.class).to(ImportService.class);
        bind(ImportResultsUseCase.class).to(ImportService.class);
        PersistenceModule.byConstructor(binder(), ImportService.class, DossierImports.class, ReadIndicators.class, ApprovePeriod.class,
                ReopenPeriod.class, ListApprovals.class, IssueDecision.class, ImportMinimums.class, ReadMinimums.class,
                ReadUnitHistory.class, CascadeTargets.class, ListUnits.class, ManageTokens.class,
                DecisionRoutes.UseCases.class, DraftDecision.class, ReadDecision.class,
                SetTargets.class, AmendDecision.class, WithdrawDecision.class, ListDecisions.class,
                DecisionTasks.class, ImportLineage.class);
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(BoundedNumbers.constraints()).build())
                .addModule(new JavaTimeModule())
                .addModule(BoundedNumbers.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // a year of 2022.5 or 1e-999999999 is refused, not cut
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    @Provides
    @Singleton // one for the server: it keeps the dossier scoreboards it computed until the store's next write
    vn.chitieu.application.dossier.ScoreStoredDossiers scoreStoredDossiers(Storage storage, ScorePeriod scoring) {
        return new vn.chitieu.application.dossier.ScoreStoredDossiers(storage, scoring);
    }

    @Provides
    @Singleton // one for the server: it keeps the scoreboards it computed until the store's next write
    ScorePeriod scorePeriod(Units units, Decisions decisions, Results results, IndicatorCatalogue catalogue,
            Approvals approvals, Storage storage) {
        return new ScorePeriod(units, decisions, results, catalogue, approvals, storage.version());
    }
}
