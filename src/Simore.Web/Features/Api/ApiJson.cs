using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simore.Web.Features.Api;

/// <summary>The JSON of the open data: camelCase names, enum values as their names, nulls written out (null status = no information).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());

        // Numbers are numbers: the web defaults' leniency would describe every integer as "integer or string".
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }
}
