using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.Portal;

public sealed record LandingModel(Tenant Tenant, IReadOnlyList<DocumentSummary> Documents, DashboardView Dashboard);

public sealed record DocumentSummary(string Symbol, Mechanism Mechanism, string BodyCode, int? Cycle, int? Session, DateOnly? PublishedOn, int RecommendationCount);
