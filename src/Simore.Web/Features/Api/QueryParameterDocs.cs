using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Simore.Web.Features.Api;

/// <summary>
/// Names the search parameters as clients write them (camelCase) and says what each accepts;
/// PortalQuery's Language is set from lang, and its computed properties are not parameters.
/// </summary>
internal sealed class QueryParameterDocs : IOpenApiOperationTransformer
{
    private static readonly HashSet<string> NotParameters = new(StringComparer.OrdinalIgnoreCase) { "Language", "StatusValue", "NoInformation" };

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["tenant"] = "The State's address in Simore, as in https://host/{tenant}/.",
        ["id"] = "The recommendation's id.",
        ["q"] = "Words to find in the text of the recommendation and its published follow-up; partial words and small typos match.",
        ["year"] = "Year of the source document.",
        ["cycle"] = "UPR cycle (1-4).",
        ["mechanism"] = "Upr, TreatyBody, SpecialProcedure or Regional.",
        ["body"] = "Code of the issuing body, e.g. UPR, CEDAW, CRC.",
        ["state"] = "Recommending State, ISO 3166-1 alpha-3 (e.g. PRT).",
        ["theme"] = "Theme code (UHRI), e.g. ratification-accession.",
        ["cluster"] = "Id of one of the State's own clusters.",
        ["group"] = "Code of a group of affected persons (UHRI), e.g. women-girls.",
        ["sdg"] = "Sustainable Development Goal, 1-17 (also matches the goal's targets).",
        ["target"] = "SDG target, e.g. 5.3.",
        ["institution"] = "Id of a responsible institution.",
        ["position"] = "The State's position: Supported, Noted, PartiallySupported or Pending.",
        ["status"] = "Implementation status: NotStarted, InProgress, PartiallyImplemented, FullyImplemented, or none for no information.",
        ["sort"] = "relevance (default with q), reference (default without), recent or status.",
        ["page"] = "Page number, from 1.",
        ["pageSize"] = "Items per page, 1-100 (default 20).",
        ["lang"] = "Language of names: ar, en, es, fr, ru or zh (default en).",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters is { } parameters)
        {
            foreach (var parameter in parameters.OfType<OpenApiParameter>().Where(p => NotParameters.Contains(p.Name!)).ToList())
            {
                parameters.Remove(parameter);
            }

            foreach (var parameter in parameters.OfType<OpenApiParameter>())
            {
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
                parameter.Description ??= Descriptions.GetValueOrDefault(parameter.Name);
            }
        }

        return Task.CompletedTask;
    }
}
