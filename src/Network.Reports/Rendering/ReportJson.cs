using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>
/// The report model as JSON: camelCase names, enums as strings, indented, non-finite numbers as <c>"NaN"</c>/<c>"Infinity"</c>.
/// Characters significant in HTML (<c>&lt; &gt; &amp; ' "</c>) are written as <c>\uXXXX</c> escapes, so the JSON is safe
/// to embed in a page; other Unicode is written as is.
/// </summary>
public static class ReportJson
{
    /// <summary>The serializer options used.</summary>
    internal static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Serialises the model.</summary>
    public static string Serialize(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return JsonSerializer.Serialize(model, Options) + "\n";
    }

    /// <summary>Reads a model written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not a report model.</exception>
    public static ReportModel Deserialize(string json) =>
        JsonSerializer.Deserialize<ReportModel>(json, Options) ?? throw new JsonException("The JSON holds null, not a report model.");
}
